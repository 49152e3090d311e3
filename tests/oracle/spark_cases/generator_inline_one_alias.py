# expect: SPK094
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, [(10, 2.5)])], "order_id INT, items ARRAY<STRUCT<sku: INT, price: DOUBLE>>")
orders.select("order_id", F.inline("items").alias("item")).show()
