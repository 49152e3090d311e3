# expect: SPK064
# spark: raises
spark.createDataFrame([(1, 100, 5.0), (1, 200, 7.0)], "id INT, ts_ms BIGINT, price DOUBLE").createOrReplaceTempView("prices_lag_own")
spark.sql("SELECT id, lag(price, 2) OVER (PARTITION BY id ORDER BY ts_ms ROWS BETWEEN 2 PRECEDING AND 2 PRECEDING) AS p2 FROM prices_lag_own").show()
