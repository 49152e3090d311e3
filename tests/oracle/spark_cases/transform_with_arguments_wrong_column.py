# expect: SPK002
# spark: raises
from pyspark.sql.functions import window, current_timestamp

def late(df, column, delay):
    return df.withWatermark(column, delay)

ev = spark.readStream.format("rate").load().withColumn("ingest", current_timestamp())
counts = ev.transform(late, "ingest", "5 seconds").groupBy(window("timestamp", "5 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
