# expect: SPK091
# spark: raises
spark.sql("SET spark.sql.session.timeZone = 'UTC'")
spark.range(1).show()
