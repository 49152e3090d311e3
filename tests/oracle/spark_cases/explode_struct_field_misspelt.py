# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, [("A", 1)])], "id INT, items ARRAY<STRUCT<sku: STRING, qty: INT>>")
orders.select("id", F.explode("items").alias("item")).select("item.quantity").show()
