# expect: SPK098
# spark: raises
# held-out h135: only blanks and comments between the comma and FROM make it a trailing comma
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.createOrReplaceTempView("changes")
spark.sql("SELECT id, /* the op */ FROM changes").show()
