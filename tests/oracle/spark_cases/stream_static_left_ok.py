# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
labels = spark.createDataFrame([(0, "even"), (1, "odd")], ["parity", "label"])
labelled = events.withColumn("parity", events.value % 2).join(labels, "parity", "left")
query = labelled.writeStream.format("console").start()
