# expect: SPK053
# spark: raises
customers = spark.createDataFrame([(1, "Ann")], ["customer_id", "name"])
orders = spark.createDataFrame([(1, 30)], ["id", "amount"])
out = customers.join(orders, "customer_id")
