# expect: SPK053
# spark: raises
orders = spark.createDataFrame([(10, 1)], "order_id INT, customer_id INT")
customers = spark.createDataFrame([(1, "Ann")], "customer_id INT, name STRING")
joined = orders.join(customers, orders.customer_id == customers.customer_id)
joined.select(customers["*"]).select("order_id", "name").show()
