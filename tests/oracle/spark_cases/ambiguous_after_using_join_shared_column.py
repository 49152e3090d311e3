# expect: SPK056
# spark: raises
changes = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
dim = spark.createDataFrame([(1, "DE", "x")], "id INT, country STRING, op STRING")
changes.join(dim, "id").select("id", "op").collect()
