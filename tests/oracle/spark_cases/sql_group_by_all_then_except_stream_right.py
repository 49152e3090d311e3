# expect: SPK030
# spark: raises
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.range(3).withColumnRenamed("id", "value")
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
q = spark.sql("SELECT value FROM b GROUP BY ALL EXCEPT SELECT value FROM a")
query = q.writeStream.format("console").start()
