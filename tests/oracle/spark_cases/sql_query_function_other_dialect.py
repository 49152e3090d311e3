# expect: SPK073
# spark: raises
spark.range(3).createOrReplaceTempView("orders")
recent = spark.sql("""
    SELECT id,
           DATEADD(day, 1, current_date()) AS due,
           GETDATE() AS loaded_at
    FROM orders
""")
