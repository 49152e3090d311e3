# expect: SPK053
# spark: raises
# Neither side of the join has a column `city`.
orders = spark.range(5).selectExpr("id AS customer_id", "id * 10 AS amount")
customers = spark.range(5).selectExpr("id AS customer_id", "concat('c', id) AS name")
out = orders.join(customers, ["customer_id"]).select("customer_id", "city")
