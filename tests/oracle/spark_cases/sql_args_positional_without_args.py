# expect: SPK097
# spark: raises
# a positional marker and no args
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("pk2")
spark.sql("SELECT * FROM pk2 WHERE id = ?").show()
