# expect: none
# spark: runs
# wait: 8
class AuditWriter:
    def open(self, partition_id, epoch_id):
        return True

    def process(self, row):
        pass

    def close(self, error):
        pass


def send(row, retries=3):
    pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(AuditWriter()).start()
events.writeStream.foreach(send).start()
events.writeStream.foreach(lambda row: None).start()
