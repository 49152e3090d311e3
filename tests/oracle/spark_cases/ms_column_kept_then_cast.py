# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
ev = spark.createDataFrame([("c", 1700000000000)], "op STRING, ts_ms BIGINT")
shifted = ev.withColumn("ts_ms", F.col("ts_ms")).select(F.year(F.col("ts_ms").cast("timestamp")).alias("y")).collect()
