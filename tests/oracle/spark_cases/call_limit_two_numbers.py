# expect: SPK071
# spark: raises
orders = spark.createDataFrame([(1, 5)], "id INT, qty INT")
orders.limit(10, 20).show()
