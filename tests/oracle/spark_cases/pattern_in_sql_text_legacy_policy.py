# expect: none
# spark: runs
spark.conf.set("spark.sql.legacy.timeParserPolicy", "LEGACY")
df = spark.createDataFrame([("2024-03-01",)], "d STRING")
df.selectExpr("date_format(to_date(d), 'YYYY-MM-dd') AS day").show()
