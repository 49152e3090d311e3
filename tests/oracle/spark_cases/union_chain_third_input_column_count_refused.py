# expect: SPK055
# spark: raises
a = spark.createDataFrame([(1, 2)], "x INT, y INT")
b = spark.createDataFrame([(1, 2)], "x INT, y INT")
c = spark.createDataFrame([(1,)], "x INT")
a.union(b).union(c).collect()
