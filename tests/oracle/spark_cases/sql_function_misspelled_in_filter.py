# expect: SPK073
# spark: raises
orders = spark.createDataFrame([(1, None)], "id INT, amount DOUBLE")
orders.where("coalese(amount, 0) > 1").show()
