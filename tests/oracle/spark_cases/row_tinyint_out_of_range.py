# expect: SPK075
# spark: raises
levels = spark.createDataFrame([(1, 100), (2, 300)], "id INT, level TINYINT")
