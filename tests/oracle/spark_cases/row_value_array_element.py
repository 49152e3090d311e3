# expect: SPK072
# spark: raises
orders = spark.createDataFrame([(1, [1.5, 2.0]), (2, [1.5, 2])], "order_id INT, prices ARRAY<DOUBLE>")
