# expect: none
# spark: runs
from pyspark.sql.functions import col, window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
enriched = events.withColumn("bucket", col("value") % 3).withColumnRenamed("timestamp", "event_time")
watermarked = enriched.withWatermark("event_time", "2 seconds")
counts = watermarked.groupBy(window(col("event_time"), "2 seconds"), "bucket").count()
writer = counts.writeStream.outputMode("append").format("memory").queryName("bucket_counts")
query = writer.start()
