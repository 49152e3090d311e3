# expect: SPK082
# spark: raises
spark.sql("SELECT '2023-02-29'::date AS d").collect()
