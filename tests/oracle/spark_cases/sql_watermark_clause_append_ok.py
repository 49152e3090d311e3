# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events")
per_window = spark.sql("""
    SELECT window(timestamp, '10 seconds') AS w, count(*) AS n
    FROM events WATERMARK timestamp DELAY OF INTERVAL 5 SECONDS
    GROUP BY window(timestamp, '10 seconds')
""")
query = per_window.writeStream.outputMode("append").format("console").start()
