# expect: SPK041
# spark: runs
# observe: far_future
changes = spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms BIGINT")
shifted = changes.selectExpr("year(ts_ms::timestamp) AS y").collect()
