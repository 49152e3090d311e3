# expect: SPK082
# spark: raises
# planted: the `::` cast of text that is no number, in selectExpr
changes = spark.createDataFrame([("c", "10")], "op STRING, amount STRING")
changes.selectExpr("op", "'unknown'::double AS amount_or_null").show()
