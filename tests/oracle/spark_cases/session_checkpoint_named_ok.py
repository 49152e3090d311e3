# expect: none
# spark: runs
spark.conf.set("spark.sql.streaming.checkpointLocation", "checkpoints")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("json").queryName("events_json").option("path", "out/events").start()
