# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.writeStream.format("console").queryName("events").start()
first.stop()
second = events.select("value").writeStream.format("console").queryName("events").start()
