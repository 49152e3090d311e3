# expect: SPK070
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
orders.groupBy("id").agg(F.max(F.sum("amount")).alias("top")).show()
