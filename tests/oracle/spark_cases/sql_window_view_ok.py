# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("timed_events")
per_window = spark.sql("""
    SELECT window(timestamp, '2 seconds') AS w, count(*) AS n
    FROM timed_events
    GROUP BY window(timestamp, '2 seconds')
""")
query = per_window.writeStream.outputMode("append").format("console").start()
