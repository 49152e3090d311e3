# expect: SPK053
# spark: raises
# Each micro-batch has the query's columns: `id` is inside the struct `after`.
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
changes = src.select(F.struct(F.col("value").alias("id")).alias("after"), F.lit("c").alias("op"))

def write(batch, batch_id):
    batch.select("id", "op").collect()

q = changes.writeStream.foreachBatch(write).trigger(availableNow=True).start()
q.awaitTermination()
