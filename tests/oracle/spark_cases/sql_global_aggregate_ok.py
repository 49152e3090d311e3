# expect: none
# spark: runs
# aggregates of the whole view with no GROUP BY: alone, with literals, with a scalar subquery of a
# column's aggregate, and with HAVING
spark.createDataFrame([("a", 1), ("b", 2)], "k STRING, v INT").createOrReplaceTempView("ga1")
spark.sql("SELECT SUM(v) AS s, COUNT(*) AS n FROM ga1").show()
spark.sql("SELECT 'all' AS tag, MAX(v) AS m FROM ga1").show()
spark.sql("SELECT k, (SELECT MAX(v) FROM ga1) AS top FROM ga1").show()
spark.sql("SELECT SUM(v) AS s FROM ga1 HAVING SUM(v) > 0").show()
