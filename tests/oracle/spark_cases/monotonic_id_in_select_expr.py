# expect: SPK030
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
numbered = events.selectExpr("value", "monotonically_increasing_id() AS n")
query = numbered.writeStream.format("console").start()
