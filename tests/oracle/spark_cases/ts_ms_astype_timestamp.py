# expect: SPK041
# spark: runs
# observe: far_future
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
shifted = changes.select(changes.ts_ms.astype("timestamp").alias("t")).selectExpr("year(t)").collect()
