# expect: none
# spark: runs
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT v * 2 d FROM t ORDER BY d").show()
