# expect: none
# spark: runs
rows = spark.range(10)
rows.describe().show()
rows.summary("count", "min").collect()
