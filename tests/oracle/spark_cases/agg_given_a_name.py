# expect: SPK066
# spark: raises
orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
orders.groupBy("op").agg("amount").show()
