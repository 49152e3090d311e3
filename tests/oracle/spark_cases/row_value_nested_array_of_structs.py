# expect: SPK072
# spark: raises
lines = spark.createDataFrame([(1, [(1, 2.0), (2, 3)])], "id INT, items ARRAY<STRUCT<sku: INT, price: DOUBLE>>")
