# expect: SPK075
# spark: raises
ids = spark.createDataFrame([(1, 10000000000000000000)], "id INT, big_id BIGINT")
