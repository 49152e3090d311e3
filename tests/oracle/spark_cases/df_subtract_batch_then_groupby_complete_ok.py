# expect: none
# spark: runs
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.range(3).withColumnRenamed("id", "value")
q = a.select("value").subtract(b).groupBy("value").count()
query = q.writeStream.outputMode("complete").format("console").start()
