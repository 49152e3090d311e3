# expect: none
# spark: runs
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
changes = src.select(F.struct(F.col("value").alias("id")).alias("after"), F.lit("c").alias("op"))

def write(batch, batch_id):
    batch.select("after.id", "op").withColumn("n", F.col("op")).dropDuplicates(["op"]).collect()

q = changes.writeStream.foreachBatch(write).trigger(availableNow=True).start()
q.awaitTermination()
