# expect: SPK066
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.withColumn("version", 1).show()
