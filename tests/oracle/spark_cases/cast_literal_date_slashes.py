# expect: SPK082
# spark: raises
spark.sql("SELECT CAST('2024/01/05' AS DATE) AS d").collect()
