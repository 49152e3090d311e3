# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 2)], ["id", "op", "n"])
changes.groupBy("op").agg({"N": "sum", "*": "count"}).collect()
changes.agg({"id": "max"}).collect()
