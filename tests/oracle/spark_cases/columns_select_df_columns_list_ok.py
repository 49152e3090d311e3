# expect: none
# spark: runs
from pyspark.sql import functions as F
base = spark.range(3).withColumn("x", F.lit(1))
out = base.select(base.columns).select("x")
