# expect: none
# spark: runs
from pyspark.sql.functions import col, from_json, window
from pyspark.sql.types import LongType, StringType, StructField, StructType

envelope = StructType([StructField("op", StringType()), StructField("ts_ms", LongType())])
raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
changes = raw.select(from_json(col("value").cast("string"), envelope).alias("event")).select("event.*")
timed = changes.withColumn("event_time", (col("ts_ms") / 1000).cast("timestamp"))
counts = timed.withWatermark("event_time", "1 minute").groupBy(window("event_time", "1 minute"), "op").count()
query = counts.writeStream.outputMode("append").format("console").start()
