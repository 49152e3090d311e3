# expect: SPK039
# spark: raises
class Sink:
    def save():
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(Sink().save).start()
