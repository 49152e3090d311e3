# expect: none
# spark: runs
spark.sql("SET TIME ZONE 'Europe/Moscow'")
spark.sql("SET spark.sql.session.timezone = MSK")
spark.range(1).show()
