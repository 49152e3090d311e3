# expect: none
# spark: runs
class PrintRows:
    def open(self, partition_id, epoch_id):
        return True

    def process(self, row):
        pass

    def close(self, error):
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreach(PrintRows()).start()
