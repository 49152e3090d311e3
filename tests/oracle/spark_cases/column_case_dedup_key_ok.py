# expect: none
# spark: runs
# wait: 3
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
d = ev.withWatermark("timestamp", "2 seconds").dropDuplicates(["value", "TIMESTAMP"])
query = d.writeStream.format("console").start()
