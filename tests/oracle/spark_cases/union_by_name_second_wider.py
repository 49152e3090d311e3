# expect: SPK055
# spark: raises
a = spark.createDataFrame([(1, "c")], ["id", "op"])
b = spark.createDataFrame([("d", 2, 5)], ["op", "id", "ts_ms"])
a.unionByName(b, allowMissingColumns=False).collect()
