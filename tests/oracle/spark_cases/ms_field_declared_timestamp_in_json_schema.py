# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
events = spark.createDataFrame([('{"op": "c", "ts_ms": 1700000000000}',)], ["value"])
parsed = events.select(F.from_json("value", "op STRING, ts_ms TIMESTAMP").alias("e")).select("e.ts_ms")
shifted = parsed.select(F.year("ts_ms").alias("y")).collect()
