# expect: SPK038
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.outputMode("upsert").format("console").start()
