# expect: SPK064
# spark: raises
spark.createDataFrame([(1, 100, 5.0), (1, 200, 7.0)], "id INT, ts_ms BIGINT, price DOUBLE").createOrReplaceTempView("prices_ntile")
spark.sql("SELECT ntile(2) OVER (ORDER BY ts_ms ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS bucket FROM prices_ntile").show()
