# expect: none
# spark: runs
from pyspark.sql import functions as F
a = spark.range(3).withColumn("v", F.lit(1))
b = spark.range(3).withColumn("v", F.lit(2))
out = a.drop(b.v).select("v")
