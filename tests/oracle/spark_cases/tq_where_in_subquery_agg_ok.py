# expect: none
# spark: runs
# held-out h119: an aggregate inside a subquery of a filter's SQL text is the subquery's
spark.createDataFrame([(1, 10), (2, 30)], "id INT, v INT").createOrReplaceTempView("tq4")
spark.table("tq4").where("v IN (SELECT MAX(v) FROM tq4)").show()
