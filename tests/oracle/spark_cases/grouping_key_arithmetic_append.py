# expect: SPK002
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
counts = events.groupBy(events.value % 3).count()
query = counts.writeStream.format("console").start()
