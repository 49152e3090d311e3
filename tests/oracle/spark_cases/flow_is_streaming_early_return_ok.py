# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
def preview(df):
    if df.isStreaming:
        return df.writeStream.format("console").start()
    df.show()

events = spark.readStream.format("rate").load()
query = preview(events)
