# expect: SPK030
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value")
events.createOrReplaceTempView("ticks")
spark.range(3).selectExpr("id AS value").createOrReplaceTempView("seed")
both = spark.sql("SELECT value FROM ticks UNION ALL SELECT value FROM seed")
query = both.writeStream.format("console").start()
