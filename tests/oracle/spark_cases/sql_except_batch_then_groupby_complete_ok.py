# expect: none
# spark: runs
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.range(3).withColumnRenamed("id", "value")
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
q = spark.sql("SELECT value FROM a EXCEPT SELECT value FROM b")
query = q.groupBy("value").count().writeStream.outputMode("complete").format("console").start()
