# expect: SPK073
# spark: raises
orders = spark.createDataFrame([(1, '{"total": 5}')], "id INT, payload STRING")
totals = orders.selectExpr("id", "json_extract(payload, '$.total') AS total")
