# expect: none
# spark: runs
events = spark.createDataFrame([(1, "c", 5), (2, "u", 6)])
events.select("_1", "_3").show()
named = events.toDF("id", "op", "ts")
named.select("id", "op").show()
