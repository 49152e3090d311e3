# expect: none
# spark: runs
# Each turn names its query after the loop's value.
events = spark.readStream.format("rate").load()
for n in [1, 2]:
    events.where(events.value % n == 0).writeStream.format("memory").queryName(f"by_{n}").start()
