# expect: SPK002
# spark: runs
# observe: state_not_evicted
from pyspark.sql.functions import col, window

events = spark.readStream.format("rate").option("rowsPerSecond", 20).load().withColumn("event_time", col("timestamp"))
counts = (
    events.withWatermark("timestamp", "1 second")
    .groupBy(window("event_time", "1 second"))
    .count()
)
query = counts.writeStream.outputMode("update").format("console").start()
