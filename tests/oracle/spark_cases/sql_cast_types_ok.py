# expect: none
# spark: runs
events = spark.createDataFrame([("1", "c")], "id STRING, op STRING")
events.createOrReplaceTempView("events_cast_ok")
events.selectExpr("CAST(id AS DECIMAL(10, 2)) AS id", "try_cast(op AS int) AS o", "CAST(concat(id, 'AS TEXT') AS STRING) AS x").show()
spark.sql("""
SELECT CAST(id AS BIGINT) AS a,  -- CAST(id AS TEXT) in a comment
       CAST(id AS INTERVAL DAY) AS d, 'CAST(x AS JSON)' AS lit,
       CAST(NULL AS STRUCT<a: INT>) IS NULL AS s, CAST(op AS VARCHAR(3)) AS v
FROM events_cast_ok
""").show()
