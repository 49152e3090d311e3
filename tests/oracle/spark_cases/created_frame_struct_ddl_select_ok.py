# expect: none
# spark: runs
df = spark.createDataFrame([(1, "x")], "struct<a:int,b:string>")
df.select("b").show()
