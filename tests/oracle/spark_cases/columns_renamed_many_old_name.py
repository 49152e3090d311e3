# expect: SPK053
# spark: raises
# After withColumnsRenamed the old name `op` is gone.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c")).withColumn("ts_ms", F.col("id") * 1000)
out = cdc.withColumnsRenamed({"op": "operation", "ts_ms": "event_ms"}).select("op")
