# expect: SPK040
# spark: raises
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.write.mode("overwrite").partitionBy("day").parquet("out/changes_by_day")
