# expect: SPK072
# spark: raises
orders = spark.createDataFrame([(1, 100 // 4)], "order_id INT, amount DOUBLE")
