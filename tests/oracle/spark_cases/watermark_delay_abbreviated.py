# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
late = events.withWatermark("timestamp", "10m")
