# expect: none
# spark: runs
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.createOrReplaceTempView("cdc_public_orders")
changes.createOrReplaceTempView("`cdc-events`")
changes.createOrReplaceTempView("1events")
changes.createOrReplaceTempView(" padded ")
spark.sql("SELECT * FROM cdc_public_orders JOIN `cdc-events` USING (id)").show()
