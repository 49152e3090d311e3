# expect: SPK072
# spark: raises
events = spark.createDataFrame([("c", (1, "9.5"))], "op STRING, after STRUCT<id: INT, amount: DOUBLE>")
