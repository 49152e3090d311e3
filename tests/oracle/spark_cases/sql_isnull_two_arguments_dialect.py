# expect: SPK100
# spark: raises
spark.createDataFrame([(1, None)], "id INT, region STRING").createOrReplaceTempView("customers")
spark.sql("SELECT id, ISNULL(region, 'n/a') AS region FROM customers").show()
