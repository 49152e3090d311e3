# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
windows = events.selectExpr("window(timestamp, '5 seconds', '10 seconds') AS w", "value")
query = windows.writeStream.format("console").start()
