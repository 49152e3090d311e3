# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = (
    events.withWatermark("timestamp", "2 seconds")
    .groupBy(F.window(F.col("timestamp"), "1 second").alias("w"), (F.col("value") % 3).alias("bucket"))
    .agg(F.sum("value").alias("total"))
)
query = counts.writeStream.outputMode("append").format("console").start()
