# expect: SPK011
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = (
    events.writeStream.format("parquet")
    .option("path", "out/events")
    .option("checkpointLocation", "chk/events")
    .trigger(continuous="1 second")
    .start()
)
