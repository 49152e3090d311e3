# expect: SPK098
# spark: raises
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT DISTINCT TOP 2 id FROM t ORDER BY id").show()
