# expect: none
# spark: runs
# wait: 12
def upsert(batch, batch_id):
    batch.createOrReplaceTempView("updates")
    batch.sparkSession.sql("SELECT count(*) AS n FROM updates").collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(upsert).start()
