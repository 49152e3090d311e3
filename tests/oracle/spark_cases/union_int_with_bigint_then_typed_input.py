# expect: none
# spark: runs
from pyspark.sql import functions as F

small = spark.createDataFrame([(1700000000,)], "ts_ms INT")
large = spark.createDataFrame([(1700000000000,)], "ts_ms BIGINT")
small.unionByName(large).select(F.timestamp_millis("ts_ms").alias("at")).show()
