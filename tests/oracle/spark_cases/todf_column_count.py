# expect: SPK060
# spark: raises
# toDF renames by position and needs one name for each column.
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
renamed = orders.toDF("order_id", "customer")
