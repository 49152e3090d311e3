# expect: SPK067
# spark: raises
changes = spark.createDataFrame([("orders", "2024-01-01 10:00:00", 3)], "table STRING, ts STRING, n INT")
latest = changes.groupBy("table").max("ts")
latest.show()
