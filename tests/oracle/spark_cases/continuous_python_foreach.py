# expect: SPK011
# spark: raises
# wait: 12
class AuditWriter:
    def open(self, partition_id, epoch_id):
        return True

    def process(self, row):
        pass

    def close(self, error):
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(AuditWriter()).trigger(continuous="1 second").start()
