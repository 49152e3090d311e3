# expect: none
# spark: runs
class BatchSaver:
    def __init__(self, path):
        self.path = path

    def save(self, batch, batch_id):
        batch.count()


saver = BatchSaver("out/batches")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(saver.save).option("checkpointLocation", "chk/saver").start()
