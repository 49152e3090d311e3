# expect: SPK030
# spark: raises
from pyspark.sql.functions import window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
counts = events.groupBy(window("timestamp", "5 seconds"), window("timestamp", "10 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
