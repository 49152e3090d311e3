# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.write.mode("Overwrite").parquet("out/changes_modes")
changes.write.mode("append").parquet("out/changes_modes")
changes.write.parquet("out/changes_modes", mode="ignore")
changes.write.format("json").mode("overwrite").save("out/changes_modes_json")
print(spark.read.parquet("out/changes_modes").count())
