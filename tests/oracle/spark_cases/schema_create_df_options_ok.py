# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id INT NOT NULL, op STRING COMMENT 'the operation'")
changes.select("id", "op").show()
