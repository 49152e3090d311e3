# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "10 seconds").groupBy(F.window(timeColumn="timestamp", windowDuration="5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
