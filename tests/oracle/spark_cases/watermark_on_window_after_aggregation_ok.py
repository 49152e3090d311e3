# expect: none
# spark: runs
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("ts2", F.col("timestamp"))
counts = events.withWatermark("timestamp", "10 seconds").groupBy(F.window("timestamp", "5 seconds")).count()
again = counts.withWatermark("window", "10 seconds")
query = again.writeStream.outputMode("append").format("console").start()
