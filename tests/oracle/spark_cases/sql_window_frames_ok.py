# expect: none
# spark: runs
spark.createDataFrame([(1, 100, 5.0), (1, 200, 7.0)], "id INT, ts_ms BIGINT, price DOUBLE").createOrReplaceTempView("prices_ok")
spark.sql("""
SELECT id,
       lead(price, 2) OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN 2 FOLLOWING AND 2 FOLLOWING) AS p2,
       row_number() OVER (ORDER BY ts_ms ROWS UNBOUNDED PRECEDING) AS n,
       sum(price) OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s,
       rank() OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS r,
       lead(price) OVER (PARTITION BY id ORDER BY ts_ms) AS nxt
FROM prices_ok
""").show()
