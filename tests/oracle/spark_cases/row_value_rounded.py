# expect: SPK072
# spark: raises
orders = spark.createDataFrame([(1, 9.5), (2, round(9.99))], "order_id INT, amount DOUBLE")
