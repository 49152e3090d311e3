# expect: SPK002
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
counts = events.groupBy(F.window(F.col("timestamp").cast("timestamp"), "10 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
