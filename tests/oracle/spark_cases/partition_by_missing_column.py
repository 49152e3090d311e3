# expect: SPK040
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("parquet").partitionBy("day").option("path", "lake/e").option("checkpointLocation", "chk/e").start()
