# expect: SPK083
# spark: raises
orders = spark.createDataFrame([(1, 10), (2, 10.5)], ["id", "amount"])
orders.show()
