# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id: INT, op: STRING")
changes.select("id", "op").show()
