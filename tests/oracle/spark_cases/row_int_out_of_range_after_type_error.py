# expect: SPK072
# spark: raises
mixed = spark.createDataFrame([(1, 2.5, 1700000000000)], "id INT, qty INT, ts_ms INT")
