# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 5, 1700000000000)], "id INT, op STRING, lsn INT, ts_ms BIGINT")
changes.createOrReplaceTempView("cdc_ok")
spark.sql("SELECT id, op AS o, o || 'x' AS p FROM cdc_ok WHERE lsn > 1").collect()
spark.sql("SELECT op, count(*) AS n FROM cdc_ok c WHERE c.lsn > 0 GROUP BY op ORDER BY n").collect()
spark.sql("""
    SELECT CASE WHEN op = 'c' THEN 'insert' ELSE 'other' END AS kind,
           timestamp_millis(ts_ms) + INTERVAL 5 MINUTES AS later, current_timestamp AS seen, true AS flag
    FROM cdc_ok
    WHERE op IN ('c', 'u') AND lsn BETWEEN 1 AND 10 AND id IS NOT NULL
""").collect()
spark.sql("SELECT upper(op) AS up, max(lsn) AS last_lsn FROM cdc_ok GROUP BY up").collect()
