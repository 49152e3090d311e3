# expect: none
# spark: runs
from pyspark.sql import functions as F
tables = spark.createDataFrame([("inventory", "orders")], "db STRING, tbl STRING")
tables.select(F.concat("db", F.lit("."), "tbl").alias("fqn"), F.concat_ws(".", "db", "tbl"), F.split("db", "\\.")).collect()
tables.select("*").collect()
