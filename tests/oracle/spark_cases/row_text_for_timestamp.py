# expect: SPK072
# spark: raises
changes = spark.createDataFrame([(1, "c", "2024-01-01 10:00:00")], "id INT, op STRING, ts TIMESTAMP")
changes.show()
