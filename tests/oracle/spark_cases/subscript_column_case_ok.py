# expect: none
# spark: runs
orders = spark.createDataFrame([(1, 2.0)], "id INT, amount DOUBLE")
orders.filter(orders["AMOUNT"] > 1).select(orders["Id"], orders["amount"]).show()
