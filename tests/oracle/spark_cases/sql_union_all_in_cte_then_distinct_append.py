# expect: SPK001
# spark: raises
# wait: 12
# SELECT DISTINCT over a CTE that unions two streams: an aggregation without watermark in append mode
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
a.createOrReplaceTempView("a"); b.createOrReplaceTempView("b")
result = spark.sql("WITH u AS (SELECT value FROM a UNION ALL SELECT value FROM b) SELECT DISTINCT value FROM u")
query = result.writeStream.outputMode("append").format("console").start()
