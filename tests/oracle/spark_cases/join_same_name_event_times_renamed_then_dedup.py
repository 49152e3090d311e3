# expect: SPK043
# spark: raises
# wait: 12
# withColumnRenamed renames both `ts` columns of the join: two event-time columns under the new name
a = spark.readStream.format("rate").load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
b = spark.readStream.format("rate").load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
query = a.join(b, "id").withColumnRenamed("ts", "t2").dropDuplicates(["id"]).writeStream.format("console").start()
