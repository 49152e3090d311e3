# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
spark.sql("SET spark.sql.streaming.statefulOperator.allowMultiple=false")
events = spark.readStream.format("rate").load().withWatermark("timestamp", "1 minute")
query = events.withWatermark("timestamp", "5 seconds").writeStream.format("console").start()
