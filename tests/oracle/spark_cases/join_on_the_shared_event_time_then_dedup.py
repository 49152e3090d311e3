# expect: SPK023
# spark: runs
# wait: 12
# joined on id and ts: one ts column, one event time
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
joined = a.join(b, ["id", "ts"])
unique = joined.dropDuplicates(["id"])
query = unique.writeStream.format("console").start()
