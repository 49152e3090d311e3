# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "a", 10), (2, "a", 5)], "id INT, k STRING, amount INT")
stats = orders.groupBy("k").agg(F.avg("amount"))
stats.withColumnRenamed("avg(amount)", "average").select("k", "avg_amount").show()
