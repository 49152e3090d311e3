# expect: SPK055
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
deleted = spark.createDataFrame([(1,)], "id INT")
remaining = changes.subtract(deleted)
remaining.show()
