# expect: SPK053
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
renamed = changes.withColumnRenamed("op", "operation")
renamed.select("id", changes.op).show()
