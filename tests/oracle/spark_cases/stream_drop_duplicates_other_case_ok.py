# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
unique = events.withWatermark("timestamp", "1 minute").dropDuplicates(["VALUE", "Timestamp"])
query = unique.writeStream.format("console").start()
