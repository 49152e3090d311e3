# expect: none
# spark: runs
# Beside aggregates: a function with no column, a grouping key inside an expression, an
# aggregate the rule does not know, a window, an aggregate's name inside a string.
from pyspark.sql import functions as F
bch = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
bch.selectExpr("current_date", "count(*)").collect()
bch.groupBy("op").agg(F.round(F.sum("balance"), 2), F.when(F.col("op") == "c", F.max("id"))).collect()
bch.groupBy("op").agg(F.try_sum(F.col("id")) + 1).collect()
bch.selectExpr("op", "max(balance) OVER (PARTITION BY op)").collect()
bch.selectExpr("op", "'count(x)' AS label").collect()
