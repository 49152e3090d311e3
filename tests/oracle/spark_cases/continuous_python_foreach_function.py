# expect: SPK011
# spark: raises
# wait: 12
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(lambda row: None).trigger(continuous="1 second").start()
