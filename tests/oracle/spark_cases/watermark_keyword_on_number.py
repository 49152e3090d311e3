# expect: SPK032
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
marked = events.withWatermark(eventTime="value", delayThreshold="10 seconds")
query = marked.writeStream.format("console").start()
