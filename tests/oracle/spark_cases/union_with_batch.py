# expect: SPK030
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
backfill = spark.range(3).selectExpr("current_timestamp() AS timestamp", "id AS value")
everything = events.unionByName(backfill)
query = everything.writeStream.format("console").start()
