# expect: SPK010
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
joined = spark.sql("SELECT * FROM a FULL OUTER JOIN b ON a.value = b.value")
query = joined.writeStream.format("console").start()
