# expect: none
# spark: runs
import functools


def save(path, fmt, batch, batch_id):
    batch.write.mode("append").format(fmt).save(path)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = (events.writeStream.foreachBatch(functools.partial(save, "out/partial_ok", "parquet"))
         .option("checkpointLocation", "chk/partial_ok").start())
