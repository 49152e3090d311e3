# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
windowed = events.withWatermark("timestamp", "10 seconds").withColumn("win", F.window("timestamp", "5 seconds"))
query = windowed.groupBy("win").count().writeStream.outputMode("append").format("console").start()
