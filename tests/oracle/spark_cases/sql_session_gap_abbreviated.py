# expect: SPK036
# spark: runs
# observe: nothing_out
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
events.createOrReplaceTempView("ticks")
sessions = spark.sql(
    "SELECT value % 3 AS user, session_window(timestamp, '1s') AS s, count(*) AS n "
    "FROM ticks GROUP BY value % 3, session_window(timestamp, '1s')"
)
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
