# expect: SPK087
# spark: raises
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("events_no_over")
spark.sql("SELECT id, ROW_NUMBER() AS rn FROM events_no_over").show()
