# expect: none
# spark: runs
# wait: 8
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
counts = events.groupBy(F.expr("timestamp"), (events.value % 3).alias("bucket")).count()
query = counts.writeStream.format("console").start()
