# expect: SPK039
# spark: raises
# wait: 12
from functools import partial


def save(batch, batch_id, *, path):
    batch.write.mode("append").parquet(path)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(partial(save)).start()
