# expect: SPK036
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "10 seconds").groupBy(F.window("timestamp", "10 seconds", "5 seconds", "5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
