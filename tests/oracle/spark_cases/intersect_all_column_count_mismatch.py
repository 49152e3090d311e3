# expect: SPK055
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
seen = spark.createDataFrame([(1,)], "id INT")
common = changes.intersectAll(seen)
common.show()
