# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
events.createOrReplaceTempView("ticks")
counts = spark.sql(
    "SELECT window(timestamp, '10 seconds', '5 seconds') AS w, count(*) AS n "
    "FROM ticks GROUP BY window(timestamp, '10 seconds', '5 seconds')"
)
query = counts.writeStream.outputMode("append").format("console").start()
