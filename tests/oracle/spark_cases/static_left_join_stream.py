# expect: SPK010
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
labels = spark.createDataFrame([(0, "even"), (1, "odd")], ["parity", "label"])
labelled = labels.join(events.withColumn("parity", events.value % 2), on="parity", how="left_outer")
query = labelled.writeStream.format("console").start()
