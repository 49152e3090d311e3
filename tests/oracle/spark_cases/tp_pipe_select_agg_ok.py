# expect: none
# spark: runs
# held-out h119: SQL pipe syntax: a later |> step is no part of the WHERE before it
spark.createDataFrame([("a", 1), ("b", 2)], "k STRING, v INT").createOrReplaceTempView("tp4")
spark.sql("FROM tp4 |> WHERE v > 0 |> AGGREGATE COUNT(*) AS n, MAX(v) AS m").show()
