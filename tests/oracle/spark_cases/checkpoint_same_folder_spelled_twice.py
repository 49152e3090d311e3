# expect: SPK012
# spark: runs
# observe: first_query_stopped
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
raw = events.writeStream.format("parquet").option("path", "lake/raw")
first = raw.option("checkpointLocation", "chk/shared").start()
copy = events.select("value").writeStream.format("parquet").option("path", "lake/copy")
second = copy.option("checkpointLocation", "./chk/shared/").start()
