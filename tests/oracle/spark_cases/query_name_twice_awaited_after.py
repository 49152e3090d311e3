# expect: SPK028
# spark: raises
events = spark.readStream.format("rate").load()
first = events.writeStream.format("memory").queryName("cdc_twice").start()
second = events.writeStream.format("memory").queryName("cdc_twice").start()
first.awaitTermination(3)
first.stop()
second.stop()
