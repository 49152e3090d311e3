# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")
counts = spark.sql("SELECT window(timestamp, '2 seconds') AS w, count(*) AS n FROM ev GROUP BY w")
query = counts.writeStream.outputMode("append").format("console").start()
