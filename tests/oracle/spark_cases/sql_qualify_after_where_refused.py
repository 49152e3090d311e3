# expect: SPK098
# spark: raises
spark.createDataFrame([(1, "a", 10), (2, "b", 20)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("SELECT id FROM t WHERE v > 1 QUALIFY rank() OVER (ORDER BY v) = 1").show()
