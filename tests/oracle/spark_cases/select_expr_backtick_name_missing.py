# expect: SPK053
# spark: raises
df = spark.createDataFrame([(1,)], ["full name"])
df.selectExpr("`full nme`").show()
