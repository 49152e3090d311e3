# expect: SPK058
# spark: raises
changes = spark.createDataFrame([(1, "c"), (1, "u")], "id INT, op STRING")
changes.createOrReplaceTempView("changes")
spark.sql("SELECT id, lag(op) OVER (PARTITION BY id) AS prev_op FROM changes").show()
