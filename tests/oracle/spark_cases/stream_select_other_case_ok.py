# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
picked = events.select("VALUE", "Timestamp")
query = picked.writeStream.format("console").start()
