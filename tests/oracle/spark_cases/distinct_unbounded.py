# expect: SPK023
# spark: runs
# observe: dedup_state_grows
events = spark.readStream.format("rate").option("rowsPerSecond", 20).load()
query = events.select("value").distinct().writeStream.format("console").start()
