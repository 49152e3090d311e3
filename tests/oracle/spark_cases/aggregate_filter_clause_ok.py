# expect: none
# spark: runs
# an aggregate's FILTER (WHERE …) over plain columns, and a subquery's aggregate inside it
spark.createDataFrame([("a", 1), ("a", 5)], "k STRING, v INT").createOrReplaceTempView("af1")
spark.sql("SELECT k, SUM(v) FILTER (WHERE v > 2) AS n, COUNT(*) FILTER (WHERE v > (SELECT MIN(v) FROM af1)) AS m "
          "FROM af1 GROUP BY k").show()
