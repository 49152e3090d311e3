# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
events = spark.createDataFrame([('{"source": {"ts_ms": 1700000000000}}',)], ["value"])
src = events.select(F.from_json("value", "source STRUCT<ts_ms: BIGINT>").alias("e")).select(F.col("e.source").alias("src"))
shifted = src.select(F.year(F.timestamp_seconds(src.src.ts_ms)).alias("y")).collect()
