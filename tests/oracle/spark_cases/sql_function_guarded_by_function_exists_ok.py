# expect: none
# spark: runs
if spark.catalog.functionExists("getdate"):
    spark.sql("SELECT getdate()").show()
