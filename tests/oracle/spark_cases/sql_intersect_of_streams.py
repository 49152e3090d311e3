# expect: SPK030
# spark: raises
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
both = spark.sql("SELECT value FROM a INTERSECT SELECT value FROM b")
query = both.writeStream.format("console").start()
