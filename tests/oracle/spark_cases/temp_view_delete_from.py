# expect: SPK080
# spark: raises
changes = spark.createDataFrame([(1, "d")], "id INT, op STRING")
changes.createOrReplaceTempView("changes")
spark.sql("DELETE FROM changes WHERE op = 'd'")
