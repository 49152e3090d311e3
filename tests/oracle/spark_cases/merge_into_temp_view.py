# expect: SPK080
# spark: raises
customers = spark.createDataFrame([(1, "Ada")], "id INT, name STRING")
customers.createOrReplaceTempView("customers_target")
spark.createDataFrame([(1, "Ada L")], "id INT, name STRING").createOrReplaceTempView("customer_updates")
spark.sql("""
    MERGE INTO customers_target t
    USING customer_updates s ON t.id = s.id
    WHEN MATCHED THEN UPDATE SET *
    WHEN NOT MATCHED THEN INSERT *
""")
