# expect: SPK054
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").start()
spark.streams.awaitAnyTermination(-5)
