# expect: none
# spark: runs
orders = spark.createDataFrame([(1, 10)], "customer_id INT, amount INT")
customers = spark.createDataFrame([(1, "Ann")], "customer_id INT, name STRING")
for how in ("LEFT_OUTER", "leftOuter", "full_outer", "Left_Anti", "semi"):
    orders.join(customers, "customer_id", how).show()
orders.join(customers, "customer_id", "Right").select("name").show()
