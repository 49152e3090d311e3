# expect: SPK085
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.createOrReplaceGlobalTempView("changes_t85")
try:
    spark.table("changes_t85").show()
finally:
    spark.catalog.dropGlobalTempView("changes_t85")
