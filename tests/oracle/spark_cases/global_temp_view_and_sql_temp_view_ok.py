# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.createOrReplaceGlobalTempView("changes_g85b")
try:
    spark.sql("CREATE OR REPLACE TEMP VIEW changes_g85b AS SELECT 1 AS x")
    spark.table("changes_g85b").show()
    spark.sql("SELECT x FROM changes_g85b").show()
finally:
    spark.catalog.dropTempView("changes_g85b")
    spark.catalog.dropGlobalTempView("changes_g85b")
