# expect: SPK028
# spark: raises
spark.conf.set("spark.sql.streaming.checkpointLocation", "checkpoints")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.writeStream.format("parquet").queryName("lake").option("path", "out/a").start()
second = events.select("value").writeStream.format("parquet").queryName("lake").option("path", "out/b").start()
