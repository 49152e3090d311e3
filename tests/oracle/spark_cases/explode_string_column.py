# expect: SPK068
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, '["a", "b"]')], "order_id INT, items STRING")
lines = orders.select("order_id", F.explode("items").alias("item"))
lines.show()
