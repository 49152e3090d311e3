# expect: SPK001
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceGlobalTempView("events_g")
counts = spark.sql("SELECT value, count(*) AS n FROM global_temp.events_g GROUP BY value")
query = counts.writeStream.format("noop").start()
