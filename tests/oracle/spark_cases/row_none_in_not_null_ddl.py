# expect: SPK081
# spark: raises
changes = spark.createDataFrame([(1, "c"), (None, "d")], "id INT NOT NULL, op STRING")
