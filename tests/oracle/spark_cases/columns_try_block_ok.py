# expect: none
# spark: runs
from pyspark.sql import functions as F
try:
    df = spark.range(3).withColumn("op", F.lit("c"))
except Exception:
    df = spark.range(3)
out = df.select("op")
