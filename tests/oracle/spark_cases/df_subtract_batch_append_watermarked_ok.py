# expect: none
# spark: runs
# wait: 12
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
b = spark.range(3).selectExpr("current_timestamp() AS timestamp", "id AS value")
q = a.subtract(b)
query = q.writeStream.format("console").start()
