# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c", 1), (1, "u", 2)], "id INT, op STRING, lsn INT")
changes.createOrReplaceTempView("changes")
spark.sql("SELECT id, rank() OVER (PARTITION BY id ORDER BY lsn) AS r, count(*) OVER (PARTITION BY id) AS n FROM changes").show()
spark.sql("SELECT id, lag(op) OVER w AS prev_op FROM changes WINDOW w AS (PARTITION BY id ORDER BY lsn)").show()
