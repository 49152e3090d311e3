# expect: none
# spark: runs
spark.conf.set("spark.sql.streaming.statefulOperator.checkCorrectness.enabled", "false")
ev = spark.readStream.format("rate").load()
per_key = ev.groupBy((ev.value % 5).alias("k")).count()
hist = per_key.groupBy("count").count()
q = hist.writeStream.outputMode("complete").format("console").start()
