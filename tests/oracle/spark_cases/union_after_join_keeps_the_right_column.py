# expect: none
# spark: runs
# After a join both sides have `c`: the right side's BOOLEAN column is the one selected.
orders = spark.createDataFrame([(1, 10)], "k INT, c INT")
flags = spark.createDataFrame([(1, True)], "k INT, c BOOLEAN")
more = spark.createDataFrame([(2, False)], "k INT, c BOOLEAN")
orders.join(flags, orders.k == flags.k).select(orders.k, flags.c).union(more).show()
