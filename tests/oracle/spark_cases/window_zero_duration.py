# expect: SPK036
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
counts = events.groupBy(F.window("timestamp", "0 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
