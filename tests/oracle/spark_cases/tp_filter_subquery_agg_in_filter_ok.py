# expect: none
# spark: runs
# held-out h119: an aggregate inside a subquery of a filter's SQL text is the subquery's
spark.createDataFrame([(1, 10), (2, 30)], "id INT, v INT").createOrReplaceTempView("tp2")
spark.table("tp2").filter("v > (SELECT MAX(v) - 5 FROM tp2)").show()
