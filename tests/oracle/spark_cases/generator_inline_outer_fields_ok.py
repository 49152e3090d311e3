# expect: none
# spark: runs
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, [(10, 2)])], "order_id INT, items ARRAY<STRUCT<sku: INT, qty: INT>>")
orders.select("order_id", F.inline_outer("items")).select("order_id", "sku", "qty").show()
