# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
merged = spark.sql("SELECT value FROM a UNION ALL SELECT value FROM b")
query = merged.writeStream.format("console").start()
