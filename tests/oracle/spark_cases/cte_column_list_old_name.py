# expect: SPK053
# spark: raises
# held-out h122: a common table expression's column list renames its columns; the old name is gone
spark.createDataFrame([(1, 10)], "id INT, v INT").createOrReplaceTempView("cl1")
spark.sql("WITH t(a, b) AS (SELECT id, v FROM cl1) SELECT id FROM t").show()
