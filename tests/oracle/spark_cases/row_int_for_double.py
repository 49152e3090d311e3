# expect: SPK072
# spark: raises
orders = spark.createDataFrame([(1, 100), (2, 250.5)], "id INT, amount DOUBLE")
orders.show()
