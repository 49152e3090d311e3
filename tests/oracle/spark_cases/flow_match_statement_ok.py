# expect: none
# spark: runs
from pyspark.sql import functions as F
cdc = (spark.range(6)
       .withColumn("op", F.when(F.col("id") % 3 == 0, "c").when(F.col("id") % 3 == 1, "u").otherwise("d"))
       .withColumn("ts_ms", F.col("id") * 1000)
       .withColumn("amount", F.col("id") * 10))

MODE = "cdc"
out = cdc.select("id")
match MODE:
    case "cdc":
        out = cdc.select("id", "op")
    case _:
        pass
out = out.select("op")
