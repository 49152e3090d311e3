# expect: SPK097
# spark: raises
# held-out h119 (missed before): a positional marker gets no value from a dict or a short list
spark.createDataFrame([(1, "a")], "id INT, s STRING").createOrReplaceTempView("sa13")
spark.sql("SELECT * FROM sa13 WHERE id = ? AND s = ?", args=[1]).show()
