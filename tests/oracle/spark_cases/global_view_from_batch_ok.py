# expect: none
# spark: runs
# wait: 12
def save(batch, batch_id):
    batch.createOrReplaceGlobalTempView("batch_rows")
    spark.sql("SELECT count(*) FROM global_temp.batch_rows").collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
