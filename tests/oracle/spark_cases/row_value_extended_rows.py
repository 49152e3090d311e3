# expect: SPK072
# spark: raises
rows = [(1, 5.0)]
rows.extend([(2, 6.5), (3, 7)])
orders = spark.createDataFrame(rows, "order_id INT, amount DOUBLE")
