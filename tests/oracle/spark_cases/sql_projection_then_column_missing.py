# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 10), (2, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.createOrReplaceTempView("changes")
latest = spark.sql("SELECT id, op AS operation FROM changes WHERE lsn > 5")
latest.select("id", "lsn").show()
