# expect: SPK019
# spark: runs
# observe: no_warning_for_once
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("console").trigger(once=True).start()
query.awaitTermination()
