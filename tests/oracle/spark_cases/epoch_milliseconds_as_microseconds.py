# expect: SPK046
# spark: runs
# wait: 8
from pyspark.sql import functions as F

events = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .withColumn("ts_ms", F.col("value") * 0 + 1700000000000))
query = events.select(F.timestamp_micros("ts_ms").alias("event_time")).writeStream.format("console").start()
