# expect: SPK080
# spark: raises
spark.range(3).createOrReplaceTempView("staging")
spark.sql("TRUNCATE TABLE staging")
