# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
windows = events.selectExpr("window(timestamp, '10 seconds') AS w", "value")
query = windows.writeStream.format("console").start()
