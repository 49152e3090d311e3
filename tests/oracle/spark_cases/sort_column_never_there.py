# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 2)], ["id", "op", "qty"])
changes.orderBy("ts_ms").collect()
