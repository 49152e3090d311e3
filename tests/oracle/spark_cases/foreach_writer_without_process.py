# expect: SPK049
# spark: raises
class AuditWriter:
    def write(self, row):
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(AuditWriter()).start()
