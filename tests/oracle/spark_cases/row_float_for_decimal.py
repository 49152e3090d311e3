# expect: SPK072
# spark: raises
orders = spark.createDataFrame([(1, 2.0)], "id INT, amount DECIMAL(10,2)")
