# expect: SPK091
# spark: raises
spark.sql("SET TIME ZONE 'MSK'")
spark.range(1).show()
