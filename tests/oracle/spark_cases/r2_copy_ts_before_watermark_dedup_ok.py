# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").load().withColumn("event_time", F.col("timestamp")).withWatermark("event_time", "10 seconds")
q = ev.dropDuplicates(["value", "event_time"]).writeStream.format("console").start()
