# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "2 seconds")
renamed = events.selectExpr("timestamp AS event_time", "value % 3 AS bucket")
counts = renamed.groupBy("event_time", "bucket").count()
query = counts.writeStream.outputMode("append").format("console").start()
