# expect: SPK001
# spark: raises
rates = spark.createDataFrame([("RUB", 1.0)], "currency STRING, rate DOUBLE")
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
per_currency = orders.crossJoin(rates).groupBy("currency").count()
query = per_currency.writeStream.outputMode("append").format("console").start()
