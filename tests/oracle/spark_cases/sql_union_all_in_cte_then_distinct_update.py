# expect: SPK022
# spark: runs
# wait: 12
# the same in update mode: accepted, its state never purged
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
a.createOrReplaceTempView("a"); b.createOrReplaceTempView("b")
result = spark.sql("WITH u AS (SELECT value FROM a UNION ALL SELECT value FROM b) SELECT DISTINCT value FROM u")
query = result.writeStream.outputMode("update").format("console").start()
