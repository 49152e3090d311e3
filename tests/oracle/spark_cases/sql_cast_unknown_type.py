# expect: SPK065
# spark: raises
spark.createDataFrame([("42",)], "s STRING").createOrReplaceTempView("amounts_text")
spark.sql("SELECT CAST(s AS INTEGR) AS q FROM amounts_text").show()
