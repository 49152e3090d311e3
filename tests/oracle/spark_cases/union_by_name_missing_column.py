# expect: SPK055
# spark: raises
a = spark.createDataFrame([(1, "c")], ["id", "op"])
b = spark.createDataFrame([(2, "d")], ["id", "kind"])
a.unionByName(b).collect()
