# expect: SPK072
# spark: raises
rows = [(1, 5.0)]
rows.append((2, 7))
orders = spark.createDataFrame(rows, "order_id INT, amount DOUBLE")
