# expect: none
# spark: runs
# wait: 8
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")
counts = spark.sql("SELECT timestamp, value, count(*) AS n FROM ev GROUP BY (timestamp), value")
query = counts.writeStream.format("console").start()
