# expect: none
# spark: runs
# held-out h122: a common table expression's column list names its columns
spark.createDataFrame([(1, 10)], "id INT, v INT").createOrReplaceTempView("qk3")
spark.sql("WITH t(a, b) AS (SELECT id AS x, v AS y FROM qk3) SELECT a FROM t").show()
