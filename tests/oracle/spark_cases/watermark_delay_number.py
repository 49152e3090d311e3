# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").load()
late = events.withWatermark("timestamp", 10)
