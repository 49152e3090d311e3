# expect: SPK072
# spark: raises
flags = spark.createDataFrame([(1, 0)], "id BIGINT, deleted BOOLEAN")
