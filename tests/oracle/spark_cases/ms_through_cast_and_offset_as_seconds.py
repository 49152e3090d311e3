# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
shifted = changes.select(F.year(F.col("ts_ms").cast("long").cast("timestamp")).alias("y")).collect()
shifted += changes.select(F.year(F.timestamp_seconds(F.col("ts_ms") - 3 * 3600 * 1000)).alias("y")).collect()
