# expect: none
# spark: runs
spark.sql("SET spark.sql.streaming.checkpointLocation=checkpoints")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("parquet").queryName("events").option("path", "lake/events").start()
