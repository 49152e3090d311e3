# expect: SPK089
# spark: raises
changes = spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING")
changes.createTempView("changes_twice")
try:
    live = changes.filter("op <> 'd'")
    live.createTempView("changes_twice")
finally:
    spark.catalog.dropTempView("changes_twice")
