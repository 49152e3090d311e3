# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", None, 10.0), (2, "d", "b@x.io", None)], "id INT, op STRING, email STRING, balance DOUBLE")
changes.na.fill({"balanse": 0.0, "email": "n/a"}).show()
