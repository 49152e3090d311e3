# expect: none
# spark: runs
# wait: 3
from pyspark.sql.functions import window
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = ev.withWatermark("Timestamp", "2 seconds").groupBy(window("timestamp", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
