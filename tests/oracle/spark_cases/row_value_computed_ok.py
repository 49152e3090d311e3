# expect: none
# spark: runs
amount = 100.0
share = 100 / 4
orders = spark.createDataFrame([(1, amount), (2, share), (3, round(9.99, 1)), (4, float(7)), (5, 10 * 1.5), (6, int(7.9) * 1.0)],
                               "order_id INT, amount DOUBLE")
orders.show()
counts = spark.createDataFrame([(1, 100 // 4), (2, round(9.6)), (3, int("7"))], "order_id INT, n BIGINT")
counts.show()
for price in [1, 2]:
    looped = spark.createDataFrame([(1, price * 1.0)], "order_id INT, amount DOUBLE")
    looped.show()
