# expect: SPK083
# spark: raises
# planted: Debezium's `before` is null for inserts: a column of None only, and only names given
inserts = spark.createDataFrame([(1, "c", None), (2, "c", None)], ["id", "op", "before"])
inserts.show()
