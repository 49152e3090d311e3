# expect: SPK055
# spark: raises
snapshot = spark.createDataFrame([(1, "c", 1700000000000)], "id INT, op STRING, ts_ms BIGINT")
flags = spark.createDataFrame([(2, "u", True)], "id INT, op STRING, deleted BOOLEAN")
snapshot.union(flags).show()
