# expect: none
# spark: runs
orders = spark.createDataFrame([(1, 10)], ["order", "amount"])
orders.selectExpr("order AS order_id", "amount - order AS rest", "row_number() OVER (ORDER BY amount) AS n").show()
