# expect: SPK085
# spark: raises
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.createOrReplaceGlobalTempView("changes_g85")
try:
    spark.sql("SELECT op, count(*) AS n FROM changes_g85 GROUP BY op").show()
finally:
    spark.catalog.dropGlobalTempView("changes_g85")
