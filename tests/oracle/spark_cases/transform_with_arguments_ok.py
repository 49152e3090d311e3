# expect: none
# spark: runs
# wait: 5
from pyspark.sql.functions import window

def late(df, column, delay):
    return df.withWatermark(column, delay)

ev = spark.readStream.format("rate").load()
counts = ev.transform(late, "timestamp", "5 seconds").groupBy(window("timestamp", "5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
