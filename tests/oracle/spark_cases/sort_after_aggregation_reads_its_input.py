# expect: SPK053
# spark: raises
# orderBy after an aggregation: a column of its input is gone.
chg = spark.createDataFrame([(1, "c", 10.0, 101)], "id INT, op STRING, balance DOUBLE, lsn BIGINT")
out = chg.groupBy("op").count().orderBy("lsn")
