# expect: SPK055
# spark: raises
inserts = spark.createDataFrame([(1, "c", 100)], ["id", "op", "ts_ms"])
deletes = spark.createDataFrame([(2, "d")], ["id", "op"])
changes = inserts.union(deletes)
changes.collect()
