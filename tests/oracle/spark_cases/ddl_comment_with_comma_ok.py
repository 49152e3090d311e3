# expect: none
# spark: runs
spark.createDataFrame([(1, "a")], "id INT COMMENT 'id, primary key', name STRING").show()
