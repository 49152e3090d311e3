# expect: SPK053
# spark: raises
# Nothing below a union is resolved through it: a column its inputs dropped is gone.
chg = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = chg.select("id").union(chg.select("id")).filter("op = 'c'")
