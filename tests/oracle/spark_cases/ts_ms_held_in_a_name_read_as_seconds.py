# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
millis = F.col("ts_ms")
shifted = changes.select(F.year(F.timestamp_seconds(millis)).alias("y")).collect()
