# expect: none
# spark: runs
events = spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds")
windows = events.selectExpr("window(timestamp, '5 seconds') AS w", "value % 3 AS k")
counts = windows.groupBy("w", "k").count()
query = counts.writeStream.outputMode("append").format("console").start()
