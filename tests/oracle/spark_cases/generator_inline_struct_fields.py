# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, [(10, 2.5)])], "order_id INT, items ARRAY<STRUCT<sku: INT, price: DOUBLE>>")
lines = orders.select("order_id", F.inline("items"))
lines.select("order_id", "item").show()
