# expect: SPK088
# spark: raises
changes = spark.createDataFrame([(1, "c"), (2, "u")], "id INT, op STRING")
changes.write.format("parquet").mode("upsert").save("out/changes_upsert")
