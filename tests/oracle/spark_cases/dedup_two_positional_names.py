# expect: SPK071
# spark: raises
changes = spark.createDataFrame([(1, 100, "u"), (1, 100, "u")], "id INT, lsn BIGINT, op STRING")
# Two names where one list is asked: Python refuses the call before PySpark checks the subset
changes.dropDuplicates("id", "lsn").show()
