# expect: SPK005
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load()
aggs = [F.countDistinct("value").alias("users")]
totals = events.groupBy().agg(*aggs)
query = totals.writeStream.outputMode("complete").format("console").start()
