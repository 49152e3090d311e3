# expect: SPK010
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
joined = spark.sql("SELECT x.value, b.timestamp FROM (SELECT value FROM a WHERE value % 2 = 0) x LEFT JOIN b ON x.value = b.value")
query = joined.writeStream.format("console").start()
