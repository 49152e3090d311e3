# expect: SPK065
# spark: raises
events = spark.createDataFrame([("1", "c")], "id STRING, op STRING")
events.filter("CAST(id AS INTEGR) > 0").show()
