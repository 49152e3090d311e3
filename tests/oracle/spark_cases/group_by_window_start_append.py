# expect: SPK002
# spark: raises
from pyspark.sql import functions as F

# A window's start is a plain timestamp column: the watermark is on no grouping key.
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
counts = events.groupBy(F.window("timestamp", "10 seconds").start.alias("window_start")).count()
query = counts.writeStream.outputMode("append").format("console").start()
