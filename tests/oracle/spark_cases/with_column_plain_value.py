# expect: SPK066
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
source = "postgres"
tagged = changes.withColumn("source", source)
tagged.show()
