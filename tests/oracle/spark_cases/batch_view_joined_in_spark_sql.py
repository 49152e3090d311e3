# expect: SPK045
# spark: raises
# wait: 12
spark.range(10).createOrReplaceTempView("dims")


def enrich(batch, batch_id):
    batch.createOrReplaceTempView("updates")
    rows = spark.sql("""
        SELECT u.value, d.id
        FROM updates u
        JOIN dims d ON d.id = u.value
    """).collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(enrich).start()
