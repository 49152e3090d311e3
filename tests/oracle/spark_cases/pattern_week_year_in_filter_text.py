# expect: SPK090
# spark: raises
df = spark.createDataFrame([("2024-03-01",)], "d STRING")
df.filter("date_format(to_date(d), 'YYYY') = '2024'").show()
