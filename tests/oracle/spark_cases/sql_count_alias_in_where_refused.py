# expect: SPK053
# spark: raises
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT count(*) AS n FROM t WHERE n > 0").show()
