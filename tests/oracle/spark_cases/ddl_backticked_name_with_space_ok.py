# expect: none
# spark: runs
df = spark.createDataFrame([(1, "c")], "`order id` INT, op STRING")
df.selectExpr("`order id` AS oid").show()
df.withColumnRenamed("order id", "oid2").select("oid2").show()
