# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.writeStream.format("console").queryName("events").start()
[q.stop() for q in spark.streams.active]
second = events.writeStream.format("console").queryName("events").start()
