# expect: none
# spark: runs
def stop_all():
    for q in spark.streams.active:
        q.stop()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
first = events.writeStream.format("console").queryName("events").start()
stop_all()
second = events.writeStream.format("console").queryName("events").start()
