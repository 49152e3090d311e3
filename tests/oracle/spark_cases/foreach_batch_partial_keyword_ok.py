# expect: none
# spark: runs
from functools import partial


def save(batch, batch_id, *, path):
    batch.write.mode("append").parquet(path)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(partial(save, path="out/keyword")).option("checkpointLocation", "chk/keyword").start()
