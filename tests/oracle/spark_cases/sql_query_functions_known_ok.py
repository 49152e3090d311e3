# expect: none
# spark: runs
spark.range(3).createOrReplaceTempView("orders")
spark.sql("CREATE OR REPLACE TEMPORARY FUNCTION twice(x INT) RETURNS INT RETURN x * 2")
summary = spark.sql("""
    WITH recent (oid) AS (SELECT id FROM orders WHERE id IN (0, 1, 2))
    SELECT oid, twice(CAST(oid AS INT)) AS doubled, CAST(oid AS DECIMAL(10, 2)) AS fee,
           sum(oid) OVER (PARTITION BY oid % 2 ORDER BY oid) AS running, x
    FROM recent JOIN range(3) r(x) ON recent.oid = r.x
    WHERE EXISTS (SELECT 1 FROM orders o WHERE o.id = recent.oid)
""")
summary.show()
spark.sql("SELECT id, count(*) AS n FROM orders GROUP BY ROLLUP(id)").show()
spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(k, v)").show()
