# expect: none
# spark: runs
# held-out h135: a string literal last in the select list is a column, no trailing comma
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.createOrReplaceTempView("changes")
spark.sql("SELECT *, 'postgres' FROM changes").show()
spark.sql("SELECT id, ',' FROM changes").show()
spark.sql("SELECT id, 'a' 'b' FROM changes").show()
