# expect: none
# spark: runs
# Types a union widens: numbers among themselves, a string with a number, a boolean or a date,
# a date with a timestamp; two arrays of different elements are left to Spark.
import datetime

left = spark.createDataFrame([(1, "1", "true", datetime.date(2024, 1, 1), None, [1])],
                             "a INT, b STRING, c STRING, d DATE, e DOUBLE, f ARRAY<INT>")
right = spark.sql("SELECT CAST(2 AS BIGINT) AS a, 3 AS b, false AS c, TIMESTAMP'2024-01-02 00:00:00' AS d, "
                  "CAST(1.5 AS DECIMAL(10, 2)) AS e, array(2L) AS f")
left.union(right).show()
left.unionByName(right.select("f", "e", "d", "c", "b", "a")).show()
