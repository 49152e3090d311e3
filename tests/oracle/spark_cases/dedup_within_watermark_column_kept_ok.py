# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
unique = events.select("value", "timestamp").dropDuplicatesWithinWatermark(["value"])
query = unique.writeStream.format("console").start()
