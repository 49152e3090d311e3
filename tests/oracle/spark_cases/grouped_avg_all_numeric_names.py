# expect: SPK053
# spark: raises
orders = spark.createDataFrame([("c", 1, 2.0)], "op STRING, qty INT, amount DOUBLE")
orders.groupBy("op").avg().select("op", "amount").show()
