# expect: SPK023
# spark: runs
# observe: dedup_state_grows
# the DataFrame distinct() is a deduplication (unlike SQL's UNION), which append mode runs
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select("value")
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select("value")
query = a.union(b).distinct().writeStream.format("console").start()
