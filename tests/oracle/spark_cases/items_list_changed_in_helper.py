# expect: none
# spark: runs
def with_time(names):
    names.append("timestamp")


events = spark.readStream.format("rate").load()
cols = ["value"]
with_time(cols)
query = events.select(cols).select("value", "timestamp").writeStream.format("console").start()
