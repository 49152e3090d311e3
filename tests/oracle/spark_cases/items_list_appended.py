# expect: none
# spark: runs
events = spark.readStream.format("rate").load()
cols = ["value"]
cols.append("timestamp")
query = events.select(cols).select("value", "timestamp").writeStream.format("console").start()
