# expect: none
# spark: runs
# planted: none (JSON file source with a schema)
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StringType, StructField, StructType

# Debezium Server can also land change events as JSON files.
spark.createDataFrame(
    [("c", 1, 1767225600000), ("u", 1, 1767225660000), ("c", 2, 1767225620000)],
    "op STRING, id LONG, ts_ms LONG",
).write.mode("overwrite").json("landing/orders")

schema = StructType([StructField("op", StringType()), StructField("id", LongType()), StructField("ts_ms", LongType())])
changes = (spark.readStream.schema(schema).option("maxFilesPerTrigger", 1).json("landing/orders")
    .withColumn("event_time", F.timestamp_millis("ts_ms")))
per_op = changes.withWatermark("event_time", "1 minute").groupBy(F.window("event_time", "1 minute"), "op").count()
query = per_op.writeStream.outputMode("append").format("console").start()
