# expect: SPK056
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.toDF("a", "a").select("a").collect()
