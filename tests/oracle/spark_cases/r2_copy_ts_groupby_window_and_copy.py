# expect: SPK043
# spark: raises
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")

c = ev.withColumn("event_time", F.col("timestamp")).groupBy(F.window("timestamp", "5 seconds"), "event_time").count()
q = c.writeStream.outputMode("append").format("console").start()
