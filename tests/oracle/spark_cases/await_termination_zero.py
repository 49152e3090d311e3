# expect: SPK054
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").start()
query.awaitTermination(0)
