# expect: SPK026
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").trigger(processingTime="1.5 hours").start()
