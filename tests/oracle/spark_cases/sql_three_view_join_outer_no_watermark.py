# expect: SPK010
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("c")
joined = spark.sql("SELECT a.value FROM a JOIN b ON a.value = b.value LEFT JOIN c ON a.value = c.value")
query = joined.writeStream.format("console").start()
