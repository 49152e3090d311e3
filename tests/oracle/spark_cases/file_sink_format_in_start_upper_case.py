# expect: SPK004
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy("value").count()
query = counts.writeStream.start(path="out/p2", format="PARQUET", outputMode="complete", checkpointLocation="chk2")
