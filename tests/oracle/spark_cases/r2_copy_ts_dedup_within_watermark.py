# expect: SPK043
# spark: raises
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")

q = ev.withColumn("event_time", F.col("timestamp")).dropDuplicatesWithinWatermark(["value"]).writeStream.format("console").start()
