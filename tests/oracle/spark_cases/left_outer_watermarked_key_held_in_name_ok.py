# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
echoes = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "v").withWatermark("ts", "10 seconds"))
same_event = (events.value == echoes.v) & (events.timestamp == echoes.ts)
joined = events.join(echoes, same_event, "left_outer")
query = joined.writeStream.format("console").start()
