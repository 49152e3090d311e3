# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "a", 10), (2, "a", 5)], "id INT, k STRING, amount INT")
totals = orders.groupBy("k").agg(F.sum("amount"))
totals.select("k", "total").show()
