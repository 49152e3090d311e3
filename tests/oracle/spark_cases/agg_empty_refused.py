# expect: SPK071
# spark: raises
df = spark.createDataFrame([(1, "c", 2.5)], "id INT, op STRING, amount DOUBLE")
df.groupBy("op").agg().show()
