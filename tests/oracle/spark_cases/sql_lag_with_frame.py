# expect: SPK064
# spark: raises
spark.createDataFrame([(1, 100, 5.0), (1, 200, 7.0)], "id INT, ts_ms BIGINT, price DOUBLE").createOrReplaceTempView("prices_lag")
spark.sql("SELECT id, LAG(price) OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS prev FROM prices_lag").show()
