# expect: SPK039
# spark: raises
# wait: 12
from functools import partial


class Sink:
    def write(self, path, batch, batch_id):
        batch.write.mode("append").parquet(path)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(partial(Sink().write)).start()
