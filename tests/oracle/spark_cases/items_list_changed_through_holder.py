# expect: none
# spark: runs
df = spark.createDataFrame([(1, "x")], ["id", "v"])
cols = ["id", "missing"]
holder = [cols]
holder[0].remove("missing")
df.select(cols).show()
