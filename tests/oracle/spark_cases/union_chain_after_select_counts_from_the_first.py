# expect: SPK055
# spark: raises
a = spark.createDataFrame([(1, 2)], "x INT, y INT")
c = spark.createDataFrame([(1,)], "x INT")
a.union(a).select("x", "y").union(c).collect()
