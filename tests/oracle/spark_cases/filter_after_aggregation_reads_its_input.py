# expect: SPK053
# spark: raises
# A filter after an aggregation reads its output only: a column of the input is gone.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = chg.groupBy("op").count().filter("balance > 5")
