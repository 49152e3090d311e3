# expect: SPK002
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "2 seconds")
total = events.groupBy().count()
query = total.writeStream.outputMode("append").format("console").start()
