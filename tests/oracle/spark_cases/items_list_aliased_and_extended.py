# expect: none
# spark: runs
events = spark.readStream.format("rate").load()
cols = ["value"]
wanted = cols
wanted += ["timestamp"]
query = events.select(cols).select("value", "timestamp").writeStream.format("console").start()
