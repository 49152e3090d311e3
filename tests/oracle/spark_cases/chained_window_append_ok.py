# expect: none
# spark: runs
from pyspark.sql.functions import window, window_time

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "2 seconds")
per_window = events.groupBy(window("timestamp", "2 seconds")).count()
per_four = per_window.groupBy(window(window_time("window"), "4 seconds")).count()
query = per_four.writeStream.outputMode("append").format("console").start()
