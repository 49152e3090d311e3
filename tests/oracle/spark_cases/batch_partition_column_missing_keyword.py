# expect: SPK040
# spark: raises
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.write.parquet("out/changes_kw", mode="overwrite", partitionBy="day")
