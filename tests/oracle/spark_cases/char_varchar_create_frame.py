# expect: SPK076
# spark: raises
changes = spark.createDataFrame([(1, "c", "Ada")], "id INT, op CHAR(1), name VARCHAR(255)")
