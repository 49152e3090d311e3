# expect: SPK060
# spark: raises
events = spark.createDataFrame([(1, "c", 5)])
events.toDF("id", "op").show()
