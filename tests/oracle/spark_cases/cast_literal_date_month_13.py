# expect: SPK082
# spark: raises
spark.sql("SELECT CAST('2024-13-01' AS DATE) AS d").collect()
