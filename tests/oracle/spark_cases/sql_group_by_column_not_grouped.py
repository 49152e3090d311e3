# expect: SPK057
# spark: raises
changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.createOrReplaceTempView("changes_g")
spark.sql("SELECT id, op, max(lsn) AS last_lsn FROM changes_g GROUP BY id").show()
