# expect: SPK013
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.toTable("events_table")
