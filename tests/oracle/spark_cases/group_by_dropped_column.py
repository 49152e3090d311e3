# expect: SPK053
# spark: raises
# An aggregation reads no column from below its input (unlike filter and orderBy).
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.select("id", "qty").groupBy("name").count()
