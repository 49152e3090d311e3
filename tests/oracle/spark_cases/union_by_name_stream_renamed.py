# expect: SPK055
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
renamed = events.selectExpr("value", "timestamp AS ts")
query = events.unionByName(renamed).writeStream.format("console").start()
