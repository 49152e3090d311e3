# expect: none
# spark: runs
# planted: none (a column None in some rows only, and a schema with types)
changes = spark.createDataFrame([(1, "c", None), (2, "u", "x")], ["id", "op", "before"])
changes.show()
inserts = spark.createDataFrame([(1, "c", None), (2, "c", None)], "id BIGINT, op STRING, before STRING")
inserts.show()
