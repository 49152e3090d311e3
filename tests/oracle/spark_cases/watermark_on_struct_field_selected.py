# expect: none
# spark: runs
from pyspark.sql.functions import col, struct, window
events = spark.readStream.format("rate").load().select(struct("timestamp", "value").alias("payload"))
marked = events.withColumn("event_time", col("payload.timestamp")).withWatermark("event_time", "10 seconds")
counts = marked.groupBy(window("event_time", "10 seconds")).count()
counts.writeStream.format("console").start()
