# expect: none
# spark: runs
# The helper reads the module's `events` (watermarked by the time it is called), not the
# caller's local stream without a watermark.
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()

def windowed():
    return events.groupBy(F.window("timestamp", "5 seconds")).count()

def run():
    events = spark.readStream.format("rate").load()
    return windowed()

events = events.withWatermark("timestamp", "10 seconds")
query = run().writeStream.format("noop").outputMode("append").start()
