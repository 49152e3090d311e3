# expect: none
# spark: runs
# planted: none (the lesson turns ANSI mode off: the cast gives NULL, as in Spark 3)
spark.conf.set("spark.sql.ansi.enabled", "false")
spark.sql("SELECT CAST('n/a' AS INT) AS qty").show()
spark.conf.set("spark.sql.ansi.enabled", "true")
