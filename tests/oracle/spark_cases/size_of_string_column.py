# expect: SPK068
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, '["a", "b"]')], "order_id INT, items STRING")
orders.filter(F.size("items") > 0).show()
