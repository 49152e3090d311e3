# expect: SPK024
# spark: raises
def dedupe(df, keys):
    return df.dropDuplicatesWithinWatermark(keys)


events = spark.readStream.format("rate").load()
query = dedupe(events, ["value"]).writeStream.format("console").start()
