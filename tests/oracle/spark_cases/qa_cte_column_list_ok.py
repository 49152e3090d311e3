# expect: none
# spark: runs
# held-out h122: a common table expression's column list names its columns
spark.createDataFrame([(1, 10), (2, 20)], "id INT, v INT").createOrReplaceTempView("qa2")
spark.sql("WITH t(a, b) AS (SELECT id, v FROM qa2) SELECT a + b AS s FROM t").show()
