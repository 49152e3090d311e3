# expect: SPK056
# spark: raises
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("changes_a")
spark.createDataFrame([(1, "u")], "id INT, op STRING").createOrReplaceTempView("changes_b")
spark.sql("SELECT id, changes_a.op FROM changes_a JOIN changes_b ON changes_a.id = changes_b.id").show()
