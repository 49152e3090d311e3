# expect: none
# spark: runs
# wait: 6
ev = spark.readStream.format("rate").load()
d = ev.withWatermark("TimeStamp", "5 seconds").dropDuplicatesWithinWatermark(["value"])
query = d.writeStream.format("console").start()
