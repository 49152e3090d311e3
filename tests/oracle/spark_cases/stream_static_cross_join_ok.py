# expect: none
# spark: runs
rates = spark.createDataFrame([("RUB", 1.0), ("EUR", 0.01)], "currency STRING, rate DOUBLE")
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
priced = orders.crossJoin(rates)
query = priced.writeStream.format("console").start()
