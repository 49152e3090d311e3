# expect: none
# spark: runs
try:
    spark.sql("SELECT CAST('2024-13-01' AS DATE) AS d").collect()
except Exception as error:
    print(type(error).__name__)
