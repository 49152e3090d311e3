# expect: SPK006
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeTo("events_raw").append()
