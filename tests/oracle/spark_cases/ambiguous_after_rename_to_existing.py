# expect: SPK056
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.withColumnRenamed("op", "id").select("id").collect()
