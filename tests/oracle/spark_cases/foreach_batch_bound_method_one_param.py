# expect: SPK039
# spark: raises
class BatchSaver:
    def save(self, batch):
        batch.count()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(BatchSaver().save).start()
