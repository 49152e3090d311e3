# expect: SPK075
# spark: raises
changes = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING, ts_ms INT")
