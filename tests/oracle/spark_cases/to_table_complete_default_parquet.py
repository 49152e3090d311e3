# expect: SPK004
# spark: raises
spark.conf.set("spark.sql.streaming.checkpointLocation", "chk")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy((events.value % 3).alias("k")).count()
query = counts.writeStream.outputMode("complete").queryName("counts_by_k").toTable("counts_by_k")
