# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("ts2", F.col("timestamp"))
unique = events.withWatermark("timestamp", "10 seconds").dropDuplicates(["value", "timestamp"])
again = unique.withWatermark("timestamp", "5 seconds")
query = again.writeStream.format("console").start()
