# expect: SPK002
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")
counts = spark.sql("SELECT date_trunc('minute', timestamp) AS m, count(*) AS n FROM ev GROUP BY date_trunc('minute', timestamp)")
query = counts.writeStream.format("console").start()
