# expect: SPK053
# spark: raises
# pivot with listed values, then count(): the pivoted column is gone, its values name the columns.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = chg.groupBy("id").pivot("op", ["c", "u"]).count().select("op")
