# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, [("A", 1)])], "id INT, items ARRAY<STRUCT<sku: STRING, qty: INT>>")
lines = orders.select("id", F.explode_outer("items").alias("item"))
lines.select("id", "item.sku", F.col("item.qty") * 2).show()
orders.select(F.explode(F.split(F.lit("a,b"), ",")).alias("tag")).show()
