# expect: none
# spark: runs
# wait: 8
from pyspark.sql import functions as F

events = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .withColumn("ts_us", F.col("value") * 0 + 1700000000000000))
query = (events.select(F.timestamp_seconds(F.col("ts_us") / 1000000).alias("event_time"),
                       F.timestamp_micros("ts_us").alias("same_time"))
         .writeStream.format("console").start())
