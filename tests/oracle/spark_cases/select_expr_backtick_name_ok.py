# expect: none
# spark: runs
df = spark.createDataFrame([(1,)], ["full name"])
df.selectExpr("`full name`", "`full name` AS fn").show()
