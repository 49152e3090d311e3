# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
tables = spark.createDataFrame([("inventory", "orders")], "db STRING, tbl STRING")
tables.select(F.concat("db", ".", "tbl").alias("fqn")).show()
