# expect: SPK005
# spark: raises
import pyspark.sql.functions as fn

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
unique = events.groupBy((events.value % 3).alias("bucket")).agg(fn.count_distinct("value"))
query = unique.writeStream.outputMode("complete").format("console").start()
