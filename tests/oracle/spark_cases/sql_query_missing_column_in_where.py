# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c", 5)], "id INT, op STRING, lsn INT")
changes.createOrReplaceTempView("cdc_changes_w")
spark.sql("""
    SELECT id, op
    FROM cdc_changes_w
    WHERE operation = 'c'
""").show()
