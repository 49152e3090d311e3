# expect: SPK091
# spark: raises
spark.conf.set("spark.sql.session.timeZone", "CEST")
spark.sql("SELECT current_timestamp() AS now").show()
