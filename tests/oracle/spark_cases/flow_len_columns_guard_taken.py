# expect: SPK053
# spark: raises
# `len(slim.columns) == 1` is true: the branch runs and selects a column `slim` lacks.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))
slim = cdc.select("id")
out = slim
if len(slim.columns) == 1:
    out = slim.select("id", "op")
