# expect: none
# spark: runs
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT k, sum(v) + 1 total FROM t GROUP BY k HAVING total > 1").show()
