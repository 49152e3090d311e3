# expect: none
# spark: runs
a = spark.createDataFrame([(1, "c")], ["id", "op"])
b = spark.createDataFrame([("d", 2, 5)], ["op", "id", "ts_ms"])
a.unionByName(b, True).select("ts_ms").collect()
a.unionByName(b, allowMissingColumns=True).select("id", "op", "ts_ms").collect()
