# expect: none
# spark: runs
from pyspark.sql import functions as F
a = spark.range(3).withColumn("x", F.lit(1))
b = spark.range(3).withColumn("y", F.lit(2))
out = a.unionByName(b, allowMissingColumns=True).select("id", "x", "y")
