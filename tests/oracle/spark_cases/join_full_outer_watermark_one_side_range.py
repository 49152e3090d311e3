# expect: none
# spark: runs
from pyspark.sql import functions as F
a = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load() \
    .select(F.col("value").alias("id"), F.col("timestamp").alias("ts"))
b = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load() \
    .select(F.col("value").alias("bid"), F.col("timestamp").alias("bts"))
joined = a.join(b.withWatermark("bts", "1 minute"),
                F.expr("bid = id AND bts BETWEEN ts AND ts + INTERVAL 1 MINUTE"), "full_outer")
query = joined.writeStream.format("console").trigger(availableNow=True).start()
