# expect: none
# spark: runs
from pyspark.sql.functions import col, window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
copied = events.withWatermark("timestamp", "2 seconds").withColumn("event_time", col("timestamp"))
counts = copied.groupBy(window("event_time", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
