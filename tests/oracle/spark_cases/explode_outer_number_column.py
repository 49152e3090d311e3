# expect: SPK068
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 3)], "order_id INT, qty BIGINT")
orders.withColumn("unit", F.explode_outer(F.col("QTY"))).show()
