# expect: SPK049
# spark: raises
# wait: 12
class AuditWriter:
    def process(self, row):
        pass

    def close(self):
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(AuditWriter()).start()
