# expect: none
# spark: runs
import pyspark.sql.functions as fn

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
unique = events.groupBy((events.value % 3).alias("bucket")).agg(fn.approx_count_distinct("value").alias("n"))
query = unique.writeStream.outputMode("complete").format("console").start()
