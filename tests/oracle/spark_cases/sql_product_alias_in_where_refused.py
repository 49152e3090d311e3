# expect: SPK053
# spark: raises
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT v * 2 AS doubled FROM t WHERE doubled > 10").show()
