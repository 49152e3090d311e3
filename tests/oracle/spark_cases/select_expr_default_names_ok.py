# expect: none
# spark: runs
# held-out h135: selectExpr names a function written without parentheses as Spark does, and a last word
# after an operator is an operand, not an alias
df = spark.createDataFrame([(1, "c", "t")], "id INT, op STRING, ts STRING")
df.selectExpr("id", "current_date").select("current_date()").show()
df.selectExpr("user", "current_timestamp").select("current_user()", "current_timestamp()").show()
df.selectExpr("op || ts").select("concat(op, ts)").show()
df.selectExpr("id + 1 n", "CASE WHEN id > 0 THEN 1 ELSE 0 END flag").select("n", "flag").show()
