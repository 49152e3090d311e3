# expect: SPK011
# spark: raises
ticks = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 5).load()
counts = ticks.groupBy("value").count()
query = counts.writeStream.outputMode("complete").format("console").trigger(continuous="1 second").start()
query.awaitTermination(5)
query.stop()
