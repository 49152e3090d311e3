# expect: none
# spark: runs
# wait: 12
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "2 seconds")
events.createOrReplaceTempView("events")
counts = spark.sql("SELECT window(timestamp, '1 second') AS w, value % 3 AS k, count(*) AS n FROM events GROUP BY ALL")
query = counts.writeStream.outputMode("append").format("console").start()
