# expect: none
# spark: runs
# A function that stores a frame in the module's dict changes that dict.
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))
frames = {"orders": cdc.select("id")}

def register(name, df):
    frames[name] = df

register("orders", cdc.select("id", "op"))
out = frames["orders"].select("op")
