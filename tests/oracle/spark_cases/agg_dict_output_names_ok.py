# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
changes.groupBy("op").agg({"balance": "mean", "id": "MAX", "*": "count"}).select("op", "avg(balance)", "max(id)", "count(1)").collect()
changes.agg({"balance": "sum"}).select("sum(balance)").collect()
