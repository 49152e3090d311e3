# expect: none
# spark: runs
flags = spark.createDataFrame([("true",)], "flag STRING")
answers = spark.createDataFrame([(True,)], "flag BOOLEAN")
flags.union(answers).show()
spark.conf.set("spark.sql.ansi.enabled", False)
spark.createDataFrame([("7",)], "n STRING").union(spark.createDataFrame([(7,)], "n INT")).show()
