# expect: none
# spark: runs
SETTINGS = {"delay": ""}
SETTINGS["delay"] = "10 seconds"
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
marked = events.withWatermark("timestamp", SETTINGS["delay"])
query = marked.writeStream.format("console").start()
