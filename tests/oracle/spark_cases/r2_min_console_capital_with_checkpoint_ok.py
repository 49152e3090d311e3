# expect: none
# spark: runs
ev = spark.readStream.format("rate").load()
q = ev.writeStream.format("CONSOLE").option("checkpointLocation", "ck").start()
