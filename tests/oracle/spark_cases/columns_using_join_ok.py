# expect: none
# spark: runs
# A join on a list of names gives each name once, then both sides' other columns.
orders = spark.range(5).selectExpr("id AS customer_id", "id * 10 AS amount")
customers = spark.range(5).selectExpr("id AS customer_id", "concat('c', id) AS name")
joined = orders.join(customers, "customer_id", "left")
out = joined.select("customer_id", "amount", "name")
