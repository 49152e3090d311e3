# expect: none
# spark: runs
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT CASE WHEN v > 10 THEN 'hi' ELSE 'lo' END s FROM t ORDER BY s").show()
