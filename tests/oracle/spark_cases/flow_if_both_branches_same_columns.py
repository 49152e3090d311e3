# expect: SPK053
# spark: raises
# Whichever branch runs, `out` has only `id` and `ts_ms`.
import os
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c")).withColumn("ts_ms", F.col("id") * 1000)
if os.environ.get("LIGHT"):
    out = cdc.select("id", "ts_ms")
else:
    out = cdc.select("ts_ms", "id").select("id", "ts_ms")
out = out.select("op")
