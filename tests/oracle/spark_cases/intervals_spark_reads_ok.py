# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = (
    events.withWatermark("timestamp", "interval 10 MINUTES")
    .groupBy(F.window("timestamp", "1 minute 30 seconds", "1.5 seconds"), "value")
    .count()
)
query = counts.writeStream.format("noop").outputMode("append").trigger(processingTime="2 seconds").start()
query.stop()
