# expect: none
# spark: runs
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT k, count(*) AS n FROM t GROUP BY k HAVING n > 0 ORDER BY n DESC").show()
