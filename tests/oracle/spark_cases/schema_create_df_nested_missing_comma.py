# expect: SPK092
# spark: raises
changes = spark.createDataFrame([(1, (2, 3))], "id INT, s STRUCT<a: INT b: INT>")
changes.show()
