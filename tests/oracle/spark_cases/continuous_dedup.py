# expect: SPK011 SPK023
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.dropDuplicates(["value"]).writeStream.format("console").trigger(continuous="1 second").start()
