# expect: SPK002
# spark: runs
# observe: state_not_evicted
from pyspark.sql.functions import window

events = spark.readStream.format("rate").option("rowsPerSecond", 20).load()
counts = events.groupBy(window("timestamp", "1 second")).count().withWatermark("window", "1 second")
query = counts.writeStream.outputMode("update").format("console").start()
