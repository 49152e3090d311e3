# expect: SPK030
# spark: raises
b = spark.range(3).withColumnRenamed("id", "value")
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
q = spark.sql("SELECT value FROM b MINUS SELECT value FROM a")
query = q.writeStream.format("console").start()
