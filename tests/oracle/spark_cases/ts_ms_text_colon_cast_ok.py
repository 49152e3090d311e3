# expect: none
# spark: runs
changes = spark.createDataFrame([("2024-01-01 00:00:00",)], "ts_ms STRING")
changes.selectExpr("ts_ms::timestamp AS t", "'ts_ms::timestamp' AS label").collect()
