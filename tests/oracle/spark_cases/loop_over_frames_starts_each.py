# expect: SPK001
# spark: raises
from pyspark.sql.functions import col
events = spark.readStream.format("rate").load()
even = events.where("value % 2 = 0")
counts = events.groupBy((col("value") % 3).alias("k")).count()
queries = [frame.writeStream.format("console").start() for frame in [even, counts]]
