# expect: SPK053
# spark: raises
orders = spark.createDataFrame([(1, 2.0)], "id INT, amount DOUBLE")
expensive = orders.filter(orders["price"] > 100)
expensive.show()
