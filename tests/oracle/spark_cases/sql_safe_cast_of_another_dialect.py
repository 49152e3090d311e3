# expect: SPK073
# spark: raises
orders = spark.createDataFrame([("12x",)], "qty STRING")
orders.selectExpr("SAFE_CAST(qty AS INT) AS qty").collect()
