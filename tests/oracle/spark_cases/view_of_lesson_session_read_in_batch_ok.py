# expect: none
# spark: runs
# wait: 12
spark.range(3).createOrReplaceTempView("dims")


def save(batch, batch_id):
    spark.sql("SELECT count(*) FROM dims").collect()
    batch.sparkSession.sql("SELECT count(*) FROM dims").collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
