# expect: SPK072
# spark: raises
amount = 100
orders = spark.createDataFrame([(1, amount)], "order_id INT, amount DOUBLE")
