# expect: none
# spark: runs
# wait: 6
from pyspark.sql.functions import col, from_json, to_json, struct, expr, lit, when, window
from pyspark.sql.types import StructType, StructField, StringType, LongType
raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
kafka = raw.select(
    col("value").cast("string").cast("binary").alias("key"),
    to_json(struct(
        expr("CASE WHEN value % 3 = 0 THEN 'c' WHEN value % 3 = 1 THEN 'u' ELSE 'd' END").alias("op"),
        (col("timestamp").cast("double") * 1000).cast("long").alias("ts_ms"),
        struct((col("value") % 10).alias("id"), expr("concat('user', value)").alias("name")).alias("after"),
    )).cast("binary").alias("value"),
    col("timestamp"),
)
envelope = StructType([
    StructField("op", StringType()),
    StructField("ts_ms", LongType()),
    StructField("after", StructType([StructField("id", LongType()), StructField("name", StringType())])),
])
changes = (kafka.select(from_json(col("value").cast("string"), envelope).alias("e"))
           .select("e.op", "e.after.id", "e.after.name", "e.ts_ms")
           .withColumn("event_time", expr("timestamp_millis(ts_ms)")))
counts = (changes.withWatermark("EVENT_TIME", "5 seconds")
          .groupBy(window("event_time", "5 seconds")).count())
query = counts.writeStream.outputMode("append").format("console").start()
