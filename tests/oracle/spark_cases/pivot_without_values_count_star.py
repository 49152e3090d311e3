# expect: SPK079
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([("orders", "c"), ("orders", "u")], "tbl STRING, op STRING")
changes.groupBy("tbl").pivot("op").agg(F.count("*").alias("n")).show()
