# expect: SPK063
# spark: raises
orders = spark.createDataFrame([(1, 10)], "customer_id INT, amount INT")
customers = spark.createDataFrame([(1, "Ann")], "customer_id INT, name STRING")
enriched = orders.join(customers, on="customer_id", how="left outer")
enriched.show()
