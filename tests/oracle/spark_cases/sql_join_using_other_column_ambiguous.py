# expect: SPK056
# spark: raises
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("using_a")
spark.createDataFrame([(1, "u")], "id INT, op STRING").createOrReplaceTempView("using_b")
spark.sql("SELECT id, op FROM using_a JOIN using_b USING (id)").show()
