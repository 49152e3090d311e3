# expect: none
# spark: runs
# wait: 8
from pyspark.sql.functions import window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "2 seconds").groupBy(window("timestamp", "2 seconds")).count()
query = counts.dropDuplicates(["window"]).writeStream.outputMode("append").format("console").start()
