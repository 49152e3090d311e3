# expect: none
# spark: runs
from pyspark.sql import functions as F

orders_eu = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
orders_us = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
per_window = orders_eu.union(orders_us).groupBy(F.window("timestamp", "10 seconds")).count()
query = per_window.writeStream.outputMode("append").format("console").start()
