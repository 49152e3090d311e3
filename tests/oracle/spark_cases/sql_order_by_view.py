# expect: SPK007
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("raw_events")
ordered = spark.sql("SELECT value, timestamp FROM raw_events ORDER BY value")
query = ordered.writeStream.format("console").start()
