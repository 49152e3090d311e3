# expect: SPK087
# spark: raises
events = spark.createDataFrame([(1, "c")], "id INT, op STRING")
events.selectExpr("id", "rank() AS r").show()
