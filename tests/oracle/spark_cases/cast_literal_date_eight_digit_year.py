# expect: SPK082
# spark: raises
spark.sql("SELECT CAST('20240105' AS DATE) AS d").collect()
