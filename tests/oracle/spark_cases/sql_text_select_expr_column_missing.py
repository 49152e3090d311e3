# expect: SPK053
# spark: raises
# selectExpr: a lateral alias resolves, a typo inside an expression does not.
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.selectExpr("qty * 2 AS d", "d + 1 AS e", "upper(nme) AS n")
