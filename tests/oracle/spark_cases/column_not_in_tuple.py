# expect: SPK062
# spark: raises
events = spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING")
kept = events.where(events.op not in ("d",))
