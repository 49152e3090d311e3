# expect: SPK083
# spark: raises
flags = spark.createDataFrame([(1, True), (2, None), (3, 0)])
