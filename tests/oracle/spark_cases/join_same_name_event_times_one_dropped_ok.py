# expect: SPK023 SPK025
# spark: runs
# wait: 12
# drop(b["ts"]) keeps one ts: one event time
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
joined = a.join(b, "id").drop(b["ts"])
query = joined.dropDuplicates(["id"]).writeStream.format("console").start()
