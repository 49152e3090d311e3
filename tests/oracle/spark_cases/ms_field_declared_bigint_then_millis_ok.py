# expect: none
# spark: runs
# observe: present_day
from pyspark.sql import functions as F
events = spark.createDataFrame([('{"op": "c", "ts_ms": 1700000000000, "created": "2024-01-01 10:00:00"}',)], ["value"])
parsed = events.select(F.from_json("value", "op STRING, ts_ms BIGINT, created TIMESTAMP").alias("e"))
shifted = parsed.select(F.year(F.timestamp_millis("e.ts_ms")).alias("y")).collect()
