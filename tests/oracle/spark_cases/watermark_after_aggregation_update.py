# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "10 seconds").groupBy(F.window("timestamp", "5 seconds"), "value").count()
again = counts.withWatermark("window", "10 seconds")
query = again.writeStream.outputMode("update").format("console").start()
