# expect: none
# spark: runs
# held-out h119: SQL pipe syntax: a later |> step is no part of the WHERE before it
spark.createDataFrame([("a", 1), ("a", 2)], "k STRING, v INT").createOrReplaceTempView("sa44")
spark.sql("FROM sa44 |> WHERE v > 0 |> AGGREGATE SUM(v) AS s GROUP BY k").show()
