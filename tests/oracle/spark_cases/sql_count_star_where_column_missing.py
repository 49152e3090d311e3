# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 10), (2, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.createOrReplaceTempView("changes")
spark.sql("SELECT op, count(*) AS n FROM changes WHERE operation <> 'r' GROUP BY op").show()
