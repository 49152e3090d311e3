# expect: SPK072
# spark: raises
amounts = spark.createDataFrame([1.5, 2, 3], "double")
