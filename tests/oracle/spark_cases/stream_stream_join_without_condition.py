# expect: SPK010
# spark: raises
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
refunds = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumnRenamed("value", "refund_id")
pairs = orders.select("value").join(refunds.select("refund_id"))
query = pairs.writeStream.format("console").start()
