# expect: SPK039
# spark: raises
def save(batch_df):
    batch_df.write.mode("append").parquet("lake/events")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
