# expect: none
# spark: runs
# observe: present_day
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
shifted = changes.select(F.year((F.col("ts_ms") / 1000).cast("timestamp")).alias("y")).collect()
shifted += changes.select(F.year(F.timestamp_seconds(F.col("ts_ms") / 1000 - 3600)).alias("y")).collect()
