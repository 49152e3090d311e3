# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")

s = ev.withColumn("event_time", F.col("timestamp")).drop("timestamp")
q = s.dropDuplicates(["value", "event_time"]).writeStream.format("console").start()
