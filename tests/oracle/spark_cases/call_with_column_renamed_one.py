# expect: SPK071
# spark: raises
orders = spark.createDataFrame([(1, 5)], "id INT, qty INT")
orders.withColumnRenamed("qty").show()
