# expect: SPK097
# spark: raises
# held-out h119 (missed before): a positional marker gets no value from a dict or a short list
spark.createDataFrame([(1, "a")], "id INT, s STRING").createOrReplaceTempView("sa11")
spark.sql("SELECT * FROM sa11 WHERE id = ?", args={"id": 1}).show()
