# expect: SPK036
# spark: raises
SETTINGS = {"delay": "10s"}
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
marked = events.withWatermark("timestamp", SETTINGS["delay"])
query = marked.writeStream.format("console").start()
