# expect: SPK053
# spark: raises
orders = spark.createDataFrame([(1, 10, 3)], "id INT, customer_id INT, qty INT")
prices = spark.createDataFrame([(10, 2.5)], "customer_id INT, price DOUBLE")
orders.withColumn("unit_price", prices.price).show()
