# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c")], ["id"])
changes.select("id", "op").show()
