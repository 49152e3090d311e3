# expect: SPK082
# spark: raises
# planted: a lesson written for Spark 3 shows CAST('n/a' AS INT) giving NULL
spark.sql("SELECT CAST('n/a' AS INT) AS qty").show()
