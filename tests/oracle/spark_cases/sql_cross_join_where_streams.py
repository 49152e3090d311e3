# expect: SPK010
# spark: raises
# wait: 10
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
# the equality in WHERE does not make the CROSS JOIN an inner join for the streaming join
joined = spark.sql("SELECT a.value FROM a CROSS JOIN b WHERE a.value = b.value")
query = joined.writeStream.format("console").start()
