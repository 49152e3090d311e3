# expect: SPK001
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events_plain")
per_window = spark.sql("""
    SELECT window(timestamp, '10 seconds') AS w, count(*) AS n
    FROM events_plain
    GROUP BY window(timestamp, '10 seconds')
""")
query = per_window.writeStream.outputMode("append").format("console").start()
