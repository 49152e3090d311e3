# expect: none
# spark: runs
# The `else` branch starts from `cdc` as it was before the `if`, not as the other branch left it.
import os
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))
if os.environ.get("SLIM"):
    cdc = cdc.select("id")
    out = cdc
else:
    out = cdc.select("id", "op")
