# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
a = events.withWatermark("timestamp", "5 seconds").alias("a")
b = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds").alias("b")
out = a.join(b, ((F.col("a.value") % 10) == (F.col("b.value") % 10)) & (F.col("b.timestamp") >= F.col("a.timestamp")) & (F.col("b.timestamp") <= F.col("a.timestamp") + F.expr("INTERVAL 5 SECONDS")))
query = out.writeStream.format("noop").start()
