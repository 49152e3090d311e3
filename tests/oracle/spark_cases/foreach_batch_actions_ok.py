# expect: none
# spark: runs
def report(batch, batch_id):
    rows = batch.count()
    if rows:
        batch.orderBy("value").limit(3).collect()
        batch.write.mode("append").parquet("out/batches")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(report).start()
