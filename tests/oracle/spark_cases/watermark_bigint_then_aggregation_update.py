# expect: SPK032
# spark: raises
# Spark refuses the watermark on a number where it is set: no query starts, so nothing is said of
# the aggregation's state (SPK002 would say "Spark accepts the query").
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("value", "10 seconds").groupBy((events.value % 3).alias("k")).count()
query = counts.writeStream.outputMode("update").format("console").start()
