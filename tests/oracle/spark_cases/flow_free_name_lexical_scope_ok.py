# expect: none
# spark: runs
# A function reads its free names where it was defined (the module's `cdc`), not in its caller.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))

def ops():
    return cdc.select("id", "op")

def report():
    cdc = spark.range(2)
    return ops()

out = report().select("op")
