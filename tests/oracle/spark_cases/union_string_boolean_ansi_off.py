# expect: SPK055
# spark: raises
spark.conf.set("spark.sql.ansi.enabled", "false")
flags = spark.createDataFrame([("on",)], "flag STRING")
answers = spark.createDataFrame([(True,)], "flag BOOLEAN")
flags.union(answers).show()
