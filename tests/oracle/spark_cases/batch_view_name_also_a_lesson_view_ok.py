# expect: none
# spark: runs
# wait: 12
spark.range(3).createOrReplaceTempView("updates")


def save(batch, batch_id):
    batch.createOrReplaceTempView("updates")
    spark.sql("SELECT count(*) FROM updates").collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
