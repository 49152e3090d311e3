# expect: SPK078
# spark: raises
orders = spark.createDataFrame([("c", 10), ("u", 3)], "op STRING, amount INT")
orders.filter("count(*) > 1").show()
