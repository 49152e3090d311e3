# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 5)], "id INT, op STRING, lsn INT")
changes.createOrReplaceTempView("cdc_changes")
spark.sql("SELECT op, operation FROM cdc_changes").show()
