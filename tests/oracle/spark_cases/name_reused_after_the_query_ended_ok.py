# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.writeStream.format("console").queryName("backfill").trigger(availableNow=True).start()
first.awaitTermination()
second = events.writeStream.format("console").queryName("backfill").trigger(availableNow=True).start()
