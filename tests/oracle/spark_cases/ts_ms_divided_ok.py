# expect: none
# spark: runs
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
years = changes.select(F.year(F.timestamp_seconds(F.col("ts_ms") / 1000)), F.year(F.timestamp_millis("ts_ms"))).collect()
