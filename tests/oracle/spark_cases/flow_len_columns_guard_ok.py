# expect: none
# spark: runs
# `len(slim.columns) > 1` is false: the select in the branch never runs.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))
slim = cdc.select("id")
out = slim
if len(slim.columns) > 1:
    out = slim.select("id", "op")
