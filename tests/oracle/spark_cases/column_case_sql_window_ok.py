# expect: none
# spark: runs
# wait: 5
spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds").createOrReplaceTempView("events")
counts = spark.sql("SELECT window(TIMESTAMP, '5 seconds') AS w, count(*) AS n FROM events GROUP BY window(TIMESTAMP, '5 seconds')")
query = counts.writeStream.outputMode("append").format("console").start()
