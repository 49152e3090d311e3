# expect: none
# spark: runs
# planted: none (casts Spark never evaluates: in a comment, in a branch not taken, a template filled in, hex floats)
spark.sql("SELECT 1 AS x -- CAST('n/a' AS INT)").show()
spark.sql("SELECT CASE WHEN 1 = 0 THEN CAST('n/a' AS INT) END AS y").show()
spark.sql("SELECT CAST('{n}' AS INT) AS z", n=5).show()
spark.sql("SELECT CAST('0x1p3' AS DOUBLE) AS a, CAST('-NaN' AS FLOAT) AS b").show()
