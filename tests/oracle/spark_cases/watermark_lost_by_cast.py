# expect: SPK002
# spark: raises
from pyspark.sql.functions import col, window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "2 seconds")
recast = events.select(col("timestamp").cast("timestamp").alias("event_time"), "value")
counts = recast.groupBy(window("event_time", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
