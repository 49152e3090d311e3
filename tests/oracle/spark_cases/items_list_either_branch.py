# expect: none
# spark: runs
import os

events = spark.readStream.format("rate").load()
if os.environ.get("NARROW"):
    cols = ["value"]
else:
    cols = ["value", "timestamp"]
query = events.select(cols).select("value", "timestamp").writeStream.format("console").start()
