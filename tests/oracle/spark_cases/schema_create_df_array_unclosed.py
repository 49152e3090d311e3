# expect: SPK092
# spark: raises
changes = spark.createDataFrame([(1, ["a"])], "id INT, tags ARRAY<STRING")
changes.show()
