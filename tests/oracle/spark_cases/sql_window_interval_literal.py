# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
events.createOrReplaceTempView("ticks")
counts = spark.sql("SELECT count(*) AS n FROM ticks GROUP BY window(timestamp, INTERVAL 10 SECONDS)")
query = counts.writeStream.outputMode("append").format("console").start()
