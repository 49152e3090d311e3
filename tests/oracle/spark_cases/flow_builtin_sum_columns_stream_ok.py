# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
parts = [F.col("value"), F.lit(1)]
out = events.select("timestamp", "value", sum(parts).alias("value_plus"))
query = out.writeStream.format("noop").start()
