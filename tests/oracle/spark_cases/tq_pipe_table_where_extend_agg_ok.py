# expect: none
# spark: runs
# held-out h119: SQL pipe syntax: a later |> step is no part of the WHERE before it
spark.createDataFrame([("a", 1), ("b", 2)], "k STRING, v INT").createOrReplaceTempView("tq3")
spark.sql("TABLE tq3 |> WHERE k <> 'z' |> EXTEND v * 10 AS w |> AGGREGATE AVG(w) AS aw").show()
