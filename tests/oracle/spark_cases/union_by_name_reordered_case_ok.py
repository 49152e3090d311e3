# expect: none
# spark: runs
a = spark.createDataFrame([(1, "c")], ["id", "op"])
b = spark.createDataFrame([("d", 2)], ["OP", "ID"])
c = spark.createDataFrame([(3, "u")], ["id", "kind"])
a.unionByName(b).select("op").collect()
a.union(c).select("op").collect()
