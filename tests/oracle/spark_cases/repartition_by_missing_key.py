# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", "orders")], "id INT, op STRING, source_table STRING")
changes.repartition(4, "table_name").write.format("noop").mode("overwrite").save()
