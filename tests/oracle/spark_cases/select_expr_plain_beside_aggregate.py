# expect: SPK057
# spark: raises
# selectExpr: a column as it is beside an aggregate, with no groupBy.
bch = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
out = bch.selectExpr("op", "max(balance)")
