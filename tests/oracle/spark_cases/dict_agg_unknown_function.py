# expect: SPK073
# spark: raises
# planted: a function name Spark SQL does not have, in a dictionary aggregation
changes = spark.createDataFrame([("c", 10), ("u", 11)], "op STRING, lsn BIGINT")
changes.groupBy("op").agg({"lsn": "maximum"}).show()
