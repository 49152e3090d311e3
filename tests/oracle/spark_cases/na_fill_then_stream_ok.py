# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.na.fill(0).writeStream.format("console").start()
