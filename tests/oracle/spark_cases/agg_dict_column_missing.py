# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 2)], ["id", "op", "n"])
changes.groupBy("op").agg({"qty": "sum"}).collect()
