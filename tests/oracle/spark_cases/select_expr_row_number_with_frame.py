# expect: SPK064
# spark: raises
prices = spark.createDataFrame([(1, 100, 5.0), (1, 200, 7.0)], "id INT, ts_ms BIGINT, price DOUBLE")
prices.selectExpr("id", "row_number() OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS n").show()
