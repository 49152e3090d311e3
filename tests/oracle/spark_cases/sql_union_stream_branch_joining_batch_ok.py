# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value AS id").createOrReplaceTempView("s1")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value AS id").createOrReplaceTempView("s2")
spark.range(10).createOrReplaceTempView("dim")
both = spark.sql("SELECT id FROM s1 UNION ALL SELECT s2.id FROM dim d JOIN s2 ON d.id = s2.id")
query = both.writeStream.format("console").start()
