# expect: SPK001
# spark: raises
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select("value")
b = spark.range(3).withColumnRenamed("id", "value")
q = a.subtract(b)
query = q.writeStream.format("console").start()
