# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds")
windows = events.select(F.window("timestamp", "5 seconds").alias("w"), (events.value % 3).alias("k"))
counts = windows.groupBy("w", "k").count()
query = counts.writeStream.outputMode("append").format("console").start()
