# expect: SPK058
# spark: raises
# row_number() in SQL text over a window written without ORDER BY.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = chg.selectExpr("id", "row_number() OVER (PARTITION BY op) AS rn")
