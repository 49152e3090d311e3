# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
counts = events.groupBy(F.expr("window(timestamp, '10 seconds')")).count()
query = counts.writeStream.outputMode("append").format("console").start()
