# expect: SPK024
# spark: raises
def save(batch, batch_id):
    batch.dropDuplicatesWithinWatermark(["value"]).count()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
query = events.writeStream.foreachBatch(save).start()
