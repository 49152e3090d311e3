# expect: SPK039
# spark: raises
# wait: 12
# planted: SPK039 (functools.partial gives the path; the function still wants three more arguments)
from functools import partial


def save(path, fmt, batch, batch_id):
    batch.write.mode("append").format(fmt).save(path)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(partial(save, "out/partial")).start()
