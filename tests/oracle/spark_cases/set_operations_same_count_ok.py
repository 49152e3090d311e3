# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
deleted = spark.createDataFrame([(1, "d")], "key INT, kind STRING")
changes.subtract(deleted).show()
changes.exceptAll(deleted.select("key", "kind")).intersect(changes).show()
