# expect: SPK004
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy("value").count()
query = (counts.writeStream.outputMode("complete").format("Parquet")
         .option("path", "out/p").option("checkpointLocation", "chk").start())
