# expect: SPK036
# spark: raises
DELAY = "-5 minutes"
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", DELAY)
