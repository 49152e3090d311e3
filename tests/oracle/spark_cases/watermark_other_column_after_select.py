# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("ts2", F.col("timestamp"))
marked = events.withWatermark("timestamp", "10 seconds").select("value", "ts2").withWatermark("ts2", "10 seconds")
query = marked.writeStream.format("console").start()
