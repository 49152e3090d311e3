# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.limit(10)
query = first.writeStream.format("console").start()
