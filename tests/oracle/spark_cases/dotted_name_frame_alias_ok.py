# expect: none
# spark: runs
# A frame's alias qualifies its columns (`c.value`), also after a projection.
src = spark.readStream.format("rate").load()
q = src.alias("c").select("c.value", "timestamp").select("c.value").writeStream.format("console").trigger(availableNow=True).start()
q.awaitTermination()
