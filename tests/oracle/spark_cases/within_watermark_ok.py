# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
unique = events.withWatermark("timestamp", "5 seconds").dropDuplicatesWithinWatermark(["value"])
query = unique.writeStream.format("console").start()
