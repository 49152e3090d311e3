# expect: SPK001
# spark: raises
# wait: 12
# SELECT DISTINCT over a FROM subquery that unions two streams
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
a.createOrReplaceTempView("a"); b.createOrReplaceTempView("b")
result = spark.sql("SELECT DISTINCT value FROM (SELECT value FROM a UNION ALL SELECT value FROM b)")
query = result.writeStream.outputMode("append").format("console").start()
