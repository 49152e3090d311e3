# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
left = events.withWatermark("timestamp", "10 seconds").alias("a")
right = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds").alias("b")
joined = left.join(right, F.expr(
    "a.value = b.value AND b.timestamp BETWEEN a.timestamp - interval 5 seconds AND a.timestamp + interval 5 seconds"
)).select(F.col("a.timestamp").alias("t"), F.col("a.value").alias("v"))
query = joined.withWatermark("t", "10 seconds").writeStream.format("console").start()
