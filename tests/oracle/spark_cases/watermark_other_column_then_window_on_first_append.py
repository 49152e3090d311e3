# expect: SPK002
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("ts2", F.col("timestamp"))
marked = events.withWatermark("timestamp", "10 seconds").withWatermark("ts2", "10 seconds")
counts = marked.groupBy(F.window("timestamp", "5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
