# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.createOrReplaceTempView("changes_k")
spark.sql("SELECT ID, op, max(lsn) AS last_lsn FROM changes_k GROUP BY id, OP").show()
spark.sql("SELECT id AS k, count(*) AS n FROM changes_k GROUP BY k").show()
spark.sql("SELECT id, count(*) AS n FROM changes_k GROUP BY 1").show()
spark.sql("SELECT upper(op) AS o, count(*) AS n FROM changes_k GROUP BY upper(op)").show()
spark.sql("SELECT op, count(*) AS n FROM changes_k GROUP BY ALL").show()
