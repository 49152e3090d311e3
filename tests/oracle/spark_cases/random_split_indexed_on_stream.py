# expect: SPK007
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
splits = events.randomSplit([0.5, 0.5])
query = splits[-1].writeStream.format("console").start()
