# expect: none
# spark: runs
rows = [(1, 5.0)]
rows.append((2, 7))
rows.pop()
orders = spark.createDataFrame(rows, "order_id INT, amount DOUBLE")
