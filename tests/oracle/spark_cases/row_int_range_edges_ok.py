# expect: none
# spark: runs
edges = spark.createDataFrame([(2147483647, -2147483648, 127, -32768)], "a INT, b INT, c TINYINT, d SMALLINT")
edges.collect()
