# expect: none
# spark: runs
# PySpark counts only the trigger kinds that are not None.
src = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
q = src.writeStream.format("console").trigger(availableNow=True, processingTime=None).start()
q.awaitTermination()
