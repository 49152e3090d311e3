# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
a = events.withWatermark("timestamp", "5 seconds").alias("a")
b = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds").alias("b")
rng = (F.col("b.timestamp") >= F.col("a.timestamp")) & (F.col("b.timestamp") <= F.col("a.timestamp") + F.expr("INTERVAL 5 SECONDS"))

out = a.join(b, rng).filter(F.col("a.value") == F.col("b.value"))
query = out.writeStream.format("noop").start()
