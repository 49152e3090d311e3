# expect: SPK065
# spark: raises
events = spark.createDataFrame([("1", "c")], "id STRING, op STRING")
events.selectExpr("CAST(id AS NUMBER) AS id").show()
