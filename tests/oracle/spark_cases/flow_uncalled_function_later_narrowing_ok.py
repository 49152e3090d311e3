# expect: none
# spark: runs
# A function never called: when it would run is not known, so `cdc` narrowed after it is
# not what it would see.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c")).withColumn("amount", F.col("id") * 10)

def top_orders(n):
    return cdc.select("id", "amount").orderBy(F.desc("amount")).limit(n)

cdc = cdc.select("id", "op")
out = cdc.select("op")
