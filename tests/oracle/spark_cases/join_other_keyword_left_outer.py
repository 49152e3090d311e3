# expect: SPK010
# spark: raises
left = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
right = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumnRenamed("timestamp", "ts")
joined = left.join(other=right, on="value", how="left_outer")
query = joined.writeStream.format("console").start()
