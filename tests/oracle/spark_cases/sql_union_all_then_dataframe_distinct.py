# expect: SPK023
# spark: runs
# wait: 12
# a SQL UNION ALL of two streams, then DataFrame distinct(): deduplication state never purged
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
a.createOrReplaceTempView("a"); b.createOrReplaceTempView("b")
result = spark.sql("SELECT value FROM a UNION ALL SELECT value FROM b")
query = result.distinct().writeStream.outputMode("append").format("console").start()
