# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events_view")
query = spark.table("events_view").select("value").writeStream.format("noop").start()
query.stop()
