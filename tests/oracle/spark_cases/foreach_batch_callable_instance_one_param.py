# expect: SPK039
# spark: raises
# wait: 12
class Saver:
    def __call__(self, batch):
        batch.write.mode("append").parquet("out/callable")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(Saver()).start()
