# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
def describe(df):
    return "stream" if df.isStreaming else df.count()

events = spark.readStream.format("rate").load()
print(describe(events))
