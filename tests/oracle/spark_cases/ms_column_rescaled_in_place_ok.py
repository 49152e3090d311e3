# expect: none
# spark: runs
# observe: present_day
from pyspark.sql import functions as F
ev = spark.createDataFrame([("c", 1700000000000)], "op STRING, ts_ms BIGINT")
seconds = ev.withColumn("ts_ms", F.col("ts_ms") / 1000).withColumn("ts", F.col("ts_ms").cast("timestamp"))
shifted = seconds.select(F.year("ts").alias("y")).collect()
