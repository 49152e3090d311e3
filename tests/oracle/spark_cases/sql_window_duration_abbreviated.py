# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
events.createOrReplaceTempView("ticks")
counts = spark.sql("SELECT window(timestamp, '10s') AS w, count(*) AS n FROM ticks GROUP BY window(timestamp, '10s')")
query = counts.writeStream.outputMode("append").format("console").start()
