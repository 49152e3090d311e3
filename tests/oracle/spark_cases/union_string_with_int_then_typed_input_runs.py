# expect: none
# spark: runs
from pyspark.sql import functions as F

legacy = spark.createDataFrame([("1700000000",)], "ts_ms STRING")
current = spark.createDataFrame([(1700000000,)], "ts_ms INT")
legacy.union(current).select(F.timestamp_millis("ts_ms").alias("at")).show()
