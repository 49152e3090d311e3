# expect: none
# spark: runs
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "c"), (2, "dd")], "order_id INT, op STRING")
orders.orderBy(F.expr("length(op)"), F.col("order_id").desc()).show()
orders.sort(F.expr("coalesce(op, 'x')")).show()
orders.sortWithinPartitions(F.expr("upper(op)")).show()
