# expect: SPK026
# spark: raises
# wait: 12
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").trigger(continuous="-1 second").start()
