# expect: none
# spark: runs
from pyspark.sql.functions import col, window
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
local = events.withColumn("local_ts", col("timestamp").cast("timestamp_ntz"))
counts = local.groupBy(window("local_ts", "10 seconds")).count()
query = counts.writeStream.outputMode("complete").format("console").start()
