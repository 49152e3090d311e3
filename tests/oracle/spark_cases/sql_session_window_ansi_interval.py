# expect: SPK036
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
events.createOrReplaceTempView("ticks")
sessions = spark.sql(
    "SELECT value % 3 AS user, count(*) AS n FROM ticks "
    "GROUP BY value % 3, session_window(timestamp, INTERVAL 2 SECONDS)"
)
query = sessions.writeStream.outputMode("append").format("console").start()
