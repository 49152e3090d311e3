# expect: none
# spark: runs
from pyspark.sql import functions as F
cdc = (spark.range(6)
       .withColumn("op", F.when(F.col("id") % 3 == 0, "c").when(F.col("id") % 3 == 1, "u").otherwise("d"))
       .withColumn("ts_ms", F.col("id") * 1000)
       .withColumn("amount", F.col("id") * 10))

def project(df, level):
    if level == "minimal":
        return df.select("id")
    return df.select("id", "op", "amount")
out = project(cdc, "full").select("op", "amount")
