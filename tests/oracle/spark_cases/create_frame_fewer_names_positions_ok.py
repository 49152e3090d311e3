# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 3), (2, "u", 4)], ["id", "op"])
changes.select("id", "op", "_3").show()
