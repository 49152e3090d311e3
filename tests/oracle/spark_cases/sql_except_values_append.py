# expect: SPK001
# spark: raises
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.range(3).withColumnRenamed("id", "value")
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
q = spark.sql("SELECT value FROM a EXCEPT VALUES (1L)")
query = q.writeStream.format("console").start()
