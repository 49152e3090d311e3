# expect: none
# spark: runs
# wait: 3
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = ev.withWatermark("timestamp", "2 seconds").groupBy("TIMESTAMP").count()
query = counts.writeStream.outputMode("append").format("console").start()
