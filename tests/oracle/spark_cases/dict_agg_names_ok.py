# expect: none
# spark: runs
# planted: none (names a dictionary aggregation maps itself, average and size, and SQL functions)
changes = spark.createDataFrame([("c", 10), ("u", 11)], "op STRING, lsn BIGINT")
changes.groupBy("op").agg({"lsn": "average", "*": "size"}).show()
changes.agg({"lsn": "stddev", "op": "max"}).show()
