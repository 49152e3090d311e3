# expect: none
# spark: runs
# wait: 8
class Saver:
    def __call__(self, batch, batch_id):
        batch.write.mode("append").parquet("out/callable_ok")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(Saver()).start()
