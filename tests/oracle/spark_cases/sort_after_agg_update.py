# expect: SPK007 SPK022
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
ranked = events.groupBy((events.value % 5).alias("bucket")).count().sort("bucket")
query = ranked.writeStream.outputMode("update").format("console").start()
