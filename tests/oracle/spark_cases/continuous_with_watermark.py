# expect: SPK011
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
query = events.writeStream.format("console").trigger(continuous="1 second").start()
