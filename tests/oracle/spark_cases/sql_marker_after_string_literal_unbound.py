# expect: SPK097
# spark: raises
spark.createDataFrame([("x",)], "j STRING").createOrReplaceTempView("js")
spark.sql("SELECT j FROM js WHERE j = 'x':p").show()
