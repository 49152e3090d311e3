# expect: SPK091
# spark: raises
spark.sql("SET `spark.sql.session.timeZone` = MSK")
spark.range(1).show()
