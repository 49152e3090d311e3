# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.createOrReplaceGlobalTempView("changes_q85")
changes.createOrReplaceGlobalTempView("local_too85")
changes.createOrReplaceTempView("local_too85")
try:
    spark.sql("SELECT op, count(*) AS n FROM global_temp.changes_q85 GROUP BY op").show()
    spark.table("global_temp.changes_q85").show()
    spark.sql("SELECT * FROM local_too85").show()
    try:
        spark.sql("SELECT * FROM changes_q85").show()
    except Exception as error:
        print("not found without global_temp:", type(error).__name__)
finally:
    spark.catalog.dropGlobalTempView("changes_q85")
    spark.catalog.dropGlobalTempView("local_too85")
