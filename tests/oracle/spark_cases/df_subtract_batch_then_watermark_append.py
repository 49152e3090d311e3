# expect: SPK001
# spark: raises
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.range(3).withColumnRenamed("id", "value")
q = a.select("value", "timestamp").subtract(b.selectExpr("value", "current_timestamp() AS timestamp")).withWatermark("timestamp", "10 seconds")
query = q.writeStream.format("console").start()
