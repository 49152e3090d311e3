# expect: SPK003
# spark: raises
def clean(frame):
    return frame.filter("value % 2 = 0").select("timestamp", "value")


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = clean(events).writeStream.outputMode("complete").format("memory").queryName("cleaned").start()
