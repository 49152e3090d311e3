# expect: SPK073
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "c")], "order_id INT, op STRING")
orders.orderBy(F.expr("lenght(op)").desc()).show()
