# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 10), (2, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.createOrReplaceTempView("changes")
spark.sql("SELECT op, count(*) AS n, count( * ) AS m FROM changes WHERE lsn > 5 GROUP BY op").show()
spark.sql("SELECT count(*) FROM changes").show()
