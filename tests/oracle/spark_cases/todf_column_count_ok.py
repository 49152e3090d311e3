# expect: none
# spark: runs
# One name for each column, also after a select; names from a list are not counted.
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
names = ["a", "b"]
orders.toDF("order_id", "customer", "quantity").select("order_id", "quantity").toDF(*names).collect()
