# expect: SPK004
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.start(path="out/events", format="json", outputMode="update", checkpointLocation="chk")
