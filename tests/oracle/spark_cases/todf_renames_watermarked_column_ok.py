# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds").toDF("ts", "v")
counts = events.groupBy(F.window("ts", "5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
