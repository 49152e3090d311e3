# expect: SPK010
# spark: raises
# wait: 10
# the equality in where() is pushed into the join, which stays a Cross join: refused at the first batch
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumnRenamed("value", "v").withColumnRenamed("timestamp", "t")
joined = a.crossJoin(b).where(a.value == b.v)
query = joined.writeStream.format("console").start()
