# expect: none
# spark: runs
# observe: join_state_purged
# USING for the key, the time range in WHERE: Spark pushes it into the join and purges its state.
spark.readStream.format("rate").option("rowsPerSecond", 20).load().selectExpr(
    "value % 5 AS k", "timestamp AS ts").withWatermark("ts", "1 second").createOrReplaceTempView("left_side")
spark.readStream.format("rate").option("rowsPerSecond", 20).load().selectExpr(
    "value % 5 AS k", "timestamp AS ts2").withWatermark("ts2", "1 second").createOrReplaceTempView("right_side")
joined = spark.sql("SELECT k, ts, ts2 FROM left_side JOIN right_side USING (k) WHERE ts2 BETWEEN ts AND ts + INTERVAL 2 SECONDS")
query = joined.writeStream.format("console").start()
