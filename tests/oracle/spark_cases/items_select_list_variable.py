# expect: SPK053
# spark: raises
events = spark.readStream.format("rate").load()
cols = ["value"]
query = events.select(cols).select("value", "timestamp").writeStream.format("console").start()
