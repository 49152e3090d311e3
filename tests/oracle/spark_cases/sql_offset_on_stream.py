# expect: SPK030
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events_offset")
rest = spark.sql("SELECT * FROM events_offset OFFSET 2")
query = rest.writeStream.format("console").start()
