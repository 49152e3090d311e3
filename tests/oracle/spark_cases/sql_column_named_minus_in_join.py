# expect: SPK025
# spark: runs
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value", "value - 1 AS minus")
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
joined = spark.sql("SELECT a.value, b.minus FROM a JOIN b ON a.value = b.value")
query = joined.writeStream.format("console").start()
