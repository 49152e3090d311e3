# expect: SPK053
# spark: raises
ev = spark.createDataFrame([(1, 5, "c")], "id INT, lsn BIGINT, op STRING")
ev.groupBy("id").min().select("id", "min(op)").show()
