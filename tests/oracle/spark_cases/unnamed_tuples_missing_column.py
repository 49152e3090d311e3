# expect: SPK053
# spark: raises
events = spark.createDataFrame([(1, "c", 5)])
events.select("id").show()
