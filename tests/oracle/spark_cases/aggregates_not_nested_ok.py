# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window

orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
orders.groupBy("op").agg(F.sum(F.when(F.col("amount") > 0, 1)).alias("positive"), F.count("*")).show()
orders.withColumn("share", F.col("amount") / F.sum("amount").over(Window.partitionBy("op"))).show()
totals = orders.groupBy("id").agg(F.sum("amount").alias("total"))
totals.agg(F.max("total")).show()
