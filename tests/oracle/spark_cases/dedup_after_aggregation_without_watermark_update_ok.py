# expect: SPK022 SPK023
# spark: runs
# wait: 8
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy((events.value % 3).alias("k")).count()
query = counts.dropDuplicates(["k"]).writeStream.outputMode("update").format("console").start()
