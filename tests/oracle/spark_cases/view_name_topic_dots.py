# expect: SPK095
# spark: raises
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.createOrReplaceTempView("cdc.public.orders")
spark.sql("SELECT * FROM cdc_public_orders").show()
