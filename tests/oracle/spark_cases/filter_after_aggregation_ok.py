# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window
orders = spark.createDataFrame([("c", 10), ("u", 3)], "op STRING, amount INT")
orders.groupBy("op").agg(F.sum("amount").alias("total")).filter(F.max("amount") > 1).collect()
ranked = orders.withColumn("rn", F.row_number().over(Window.orderBy(F.desc("amount"))))
ranked.where("rn = 1").collect()
