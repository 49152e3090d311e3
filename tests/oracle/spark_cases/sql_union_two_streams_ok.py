# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value").createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value").createOrReplaceTempView("b")
both = spark.sql("SELECT value FROM a UNION ALL SELECT value FROM b")
query = both.writeStream.format("console").start()
