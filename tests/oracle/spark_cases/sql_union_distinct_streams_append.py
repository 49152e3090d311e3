# expect: SPK001
# spark: raises
# UNION without ALL is a DISTINCT: a streaming aggregation
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
merged = spark.sql("SELECT value FROM a UNION SELECT value FROM b")
query = merged.writeStream.format("console").start()
