# expect: none
# spark: runs
# withColumnsRenamed finds the old names without regard to case.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c")).withColumn("ts_ms", F.col("id") * 1000)
out = cdc.withColumnsRenamed({"OP": "operation", "ts_ms": "event_ms"}).select("operation", "event_ms", "id")
