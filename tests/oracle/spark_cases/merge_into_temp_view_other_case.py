# expect: SPK080
# spark: raises
spark.createDataFrame([(1, "Ada")], "id INT, name STRING").createOrReplaceTempView("customers_case")
spark.createDataFrame([(1, "Ada L")], "id INT, name STRING").createOrReplaceTempView("customer_updates_case")
spark.sql("MERGE INTO Customers_Case t USING customer_updates_case s ON t.id = s.id WHEN MATCHED THEN UPDATE SET *")
