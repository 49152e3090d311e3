# expect: SPK073
# spark: raises
# planted: countDistinct is a PySpark function, not one Spark SQL has: a dictionary aggregation calls it by name
changes = spark.createDataFrame([("c", 10), ("u", 11)], "op STRING, lsn BIGINT")
changes.agg({"lsn": "countDistinct"}).show()
