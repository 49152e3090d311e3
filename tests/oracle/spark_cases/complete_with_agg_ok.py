# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy((events.value % 5).alias("bucket")).count().orderBy("count", ascending=False).limit(3)
query = counts.writeStream.outputMode("complete").format("memory").queryName("top_buckets").start()
