# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([("a", 1.0), ("a", 3.0)], "customer STRING, amount DOUBLE")
totals = orders.groupBy("customer").agg(F.sum("amount").alias("total_amount"))
totals.filter(F.col("sum(amount)") > 1).show()
