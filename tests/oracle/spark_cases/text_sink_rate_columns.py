# expect: SPK037
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("text").option("path", "out/text_events").option("checkpointLocation", "chk/text_events").start()
