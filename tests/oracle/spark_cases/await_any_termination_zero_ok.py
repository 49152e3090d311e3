# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").start()
spark.streams.awaitAnyTermination(0)
