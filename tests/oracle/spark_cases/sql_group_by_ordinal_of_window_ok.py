# expect: none
# spark: runs
# wait: 8
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")
counts = spark.sql("SELECT window(timestamp, '5 seconds') AS w, count(*) AS n FROM ev GROUP BY 1")
query = counts.writeStream.format("console").start()
