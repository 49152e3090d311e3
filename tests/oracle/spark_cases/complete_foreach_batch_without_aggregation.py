# expect: SPK003
# spark: raises
def save(batch, batch_id):
    batch.write.mode("append").parquet("out/batches")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.outputMode("complete").foreachBatch(save).start()
