# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([("a", 1.0), ("a", 3.0)], "customer STRING, amount DOUBLE")
totals = orders.groupBy("customer").agg(F.sum("amount"), F.count("*"))
totals.filter(F.col("sum(amount)") > 1).orderBy("count(1)", F.desc("sum(amount)")).show()
totals.select("customer").filter(F.col("count(1)") > 0).show()
