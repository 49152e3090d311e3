# expect: SPK028
# spark: raises
# The loop starts the same named query twice: the first is still running.
events = spark.readStream.format("rate").load()
for n in [1, 2]:
    events.where(events.value % n == 0).writeStream.format("memory").queryName("by_n").start()
