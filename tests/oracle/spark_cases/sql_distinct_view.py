# expect: SPK001
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events")
distinct_values = spark.sql("SELECT DISTINCT value FROM events")
query = distinct_values.writeStream.format("console").start()
