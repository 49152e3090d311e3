# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
stats = events.describe("value")
query = events.writeStream.format("console").start()
