# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load()
aggs = [F.sum("value").alias("total_value"), F.count("*").alias("n")]
totals = events.groupBy().agg(*aggs)
query = totals.select("value").writeStream.outputMode("complete").format("console").start()
