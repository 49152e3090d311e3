# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
changes.groupBy("op").agg({"balance": "avg"}).select("op", "avg_balance").collect()
