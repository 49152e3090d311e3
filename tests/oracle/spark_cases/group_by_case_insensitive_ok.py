# expect: none
# spark: runs
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.groupBy("NAME").agg(F.sum("Qty").alias("total")).withColumn("twice", F.col("total") * 2)
left = orders.join(orders.select("ID", "qty"), ["id"])
out.collect()
left.collect()
