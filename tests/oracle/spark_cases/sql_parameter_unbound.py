# expect: SPK097
# spark: raises
spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING").createOrReplaceTempView("events_params")
spark.sql("SELECT * FROM events_params WHERE op = :op").show()
