# expect: none
# spark: runs
from pyspark.sql import functions as F
ticks = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds")
counts = ticks.withColumnRenamed("TIMESTAMP", "event_time").groupBy(F.window("event_time", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
