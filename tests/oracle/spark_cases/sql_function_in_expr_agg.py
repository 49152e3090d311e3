# expect: SPK073
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "a", 5.0)], "id INT, op STRING, amount DOUBLE")
orders.groupBy("op").agg(F.expr("median_absolute(amount)").alias("m")).show()
