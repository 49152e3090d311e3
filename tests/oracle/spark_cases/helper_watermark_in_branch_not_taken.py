# expect: SPK001
# spark: raises
from pyspark.sql import functions as F

def windowed_counts(stream, ts_col, delay=None):
    if delay is not None:
        stream = stream.withWatermark(ts_col, delay)
    return stream.groupBy(F.window(ts_col, "10 seconds")).count()

events = spark.readStream.format("rate").load()
query = windowed_counts(events, "timestamp").writeStream.format("console").start()
