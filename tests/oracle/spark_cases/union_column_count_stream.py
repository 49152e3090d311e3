# expect: SPK055
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
values = events.select("value")
both = events.unionAll(values)
query = both.writeStream.format("console").start()
