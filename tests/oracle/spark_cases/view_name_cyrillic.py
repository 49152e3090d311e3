# expect: SPK095
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.createOrReplaceTempView("изменения")
