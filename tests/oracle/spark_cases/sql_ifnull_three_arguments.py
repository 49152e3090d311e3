# expect: SPK100
# spark: raises
changes = spark.createDataFrame([(1, None, "fallback")], "id INT, region STRING, other STRING")
changes.selectExpr("id", "ifnull(region, other, 'unknown') AS region").show()
