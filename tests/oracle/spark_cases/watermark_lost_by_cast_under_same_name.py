# expect: SPK002
# spark: raises
# A cast aliased back to the watermarked column's name is a new column without the watermark.
from pyspark.sql.functions import col, window
events = spark.readStream.format("rate").load().withWatermark("timestamp", "10 seconds")
typed = events.select(col("timestamp").cast("timestamp").alias("timestamp"), "value")
typed.groupBy(window("timestamp", "10 seconds")).count().writeStream.format("console").start()
