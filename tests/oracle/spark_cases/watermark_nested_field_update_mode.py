# expect: SPK050
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load().select(F.struct("timestamp", "value").alias("payload"))
counts = events.withWatermark("payload.timestamp", "5 seconds").groupBy("payload.value").count()
query = counts.writeStream.format("console").outputMode("update").start()
query.awaitTermination(5)
query.stop()
