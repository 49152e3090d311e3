# expect: SPK032
# spark: raises
ev = spark.readStream.format("rate").load().withColumnRenamed("value", "ts_ms")
late = ev.withWatermark("TS_MS", "5 seconds")
query = late.dropDuplicatesWithinWatermark(["ts_ms"]).writeStream.format("console").start()
