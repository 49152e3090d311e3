# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
def preview(df):
    if not df.isStreaming:
        df.show()
        return None
    return df.writeStream.format("console").start()

events = spark.readStream.format("rate").load()
query = preview(events)
