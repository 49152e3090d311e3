# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, "1700000000000", 1700000000000, 1700000000)], "id INT, ts_text STRING, ts_ms BIGINT, ts_s INT")
converted = events.select(F.timestamp_millis("ts_ms").alias("a"), F.timestamp_millis(F.col("ts_text").cast("bigint")).alias("b"),
                          F.timestamp_seconds("ts_s").alias("c"))
converted.select(F.unix_millis("a"), F.unix_seconds("c")).collect()
