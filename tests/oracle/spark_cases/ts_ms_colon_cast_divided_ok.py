# expect: none
# spark: runs
changes = spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms BIGINT")
changes.selectExpr("id", "(ts_ms / 1000)::timestamp AS ts").collect()
