# expect: SPK059
# spark: raises
changes = spark.createDataFrame([(1, "u"), (1, "u")], "id INT, op STRING")
changes.drop_duplicates(subset="id").collect()
