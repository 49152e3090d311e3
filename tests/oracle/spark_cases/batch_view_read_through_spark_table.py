# expect: SPK045
# spark: raises
# wait: 12
def save(batch, batch_id):
    batch.createOrReplaceTempView("changes")
    spark.table("changes").count()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
