# expect: none
# spark: runs
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.option("checkpointLocation", "chk/table").toTable("events_table_ok")
