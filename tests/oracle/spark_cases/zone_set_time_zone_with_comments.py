# expect: SPK091
# spark: raises
spark.sql("""-- the session's zone
SET TIME ZONE 'MSK' -- Moscow""")
spark.range(1).show()
