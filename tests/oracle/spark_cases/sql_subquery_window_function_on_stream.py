# expect: SPK009
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
ranked = spark.sql("SELECT * FROM (SELECT value, row_number() OVER (ORDER BY value) AS rn FROM events) r WHERE rn = 1")
query = ranked.writeStream.format("console").start()
