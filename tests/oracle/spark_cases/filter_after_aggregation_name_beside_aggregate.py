# expect: SPK053
# spark: raises
# After an aggregation, a name outside the aggregates of a filter is read over its output.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = chg.groupBy("op").count().filter("max(balance) > 5 AND balanse > 0")
