# expect: SPK053
# spark: raises
ticks = spark.readStream.format("rate").load().withColumnRenamed("timestamp", "changed_at")
counts = ticks.withWatermark("timestamp", "10 seconds").groupBy("value").count()
query = counts.writeStream.outputMode("update").format("console").start()
