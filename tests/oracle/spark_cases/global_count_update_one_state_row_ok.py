# expect: none
# spark: runs
# observe: one_state_row
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
total = events.groupBy().count()
query = total.writeStream.outputMode("update").format("console").start()
