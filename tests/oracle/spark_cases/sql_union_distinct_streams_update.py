# expect: SPK022
# spark: runs
# observe: state_not_evicted
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
merged = spark.sql("SELECT value FROM a UNION SELECT value FROM b")
query = merged.writeStream.outputMode("update").format("console").start()
