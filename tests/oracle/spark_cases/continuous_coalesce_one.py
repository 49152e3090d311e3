# expect: SPK011
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.coalesce(1).writeStream.format("console").trigger(continuous="1 second").start()
