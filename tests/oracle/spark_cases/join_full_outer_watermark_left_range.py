# expect: none
# spark: runs
from pyspark.sql import functions as F
a = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load() \
    .select(F.col("value").alias("id"), F.col("timestamp").alias("ts")).withWatermark("ts", "1 minute")
b = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load() \
    .select(F.col("value").alias("bid"), F.col("timestamp").alias("bts"))
joined = a.join(b, (F.col("bid") == F.col("id")) & (F.col("bts") >= F.col("ts")) & (F.col("bts") <= F.col("ts") + F.expr("INTERVAL 1 MINUTE")), "full_outer")
query = joined.writeStream.format("console").trigger(availableNow=True).start()
