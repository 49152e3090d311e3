# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
spark.conf.set("spark.sql.streaming.statefulOperator.allowMultiple", "false")
events = spark.readStream.format("rate").load().withWatermark("timestamp", "1 minute").withWatermark("timestamp", "10 seconds")
query = events.writeStream.format("console").start()
