# expect: none
# spark: runs
# Window functions in SQL text over ordered windows, and an aggregate over an unordered one.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
chg.selectExpr("id", "row_number() OVER (PARTITION BY op ORDER BY id) AS rn", "sum(balance) OVER (PARTITION BY op) AS s",
               "lag(balance) OVER (PARTITION BY op ORDER BY id DESC) AS prev").collect()
