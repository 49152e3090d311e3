# expect: none
# spark: runs
# By default Spark resolves column names without regard to case.
events = spark.readStream.format("rate").load()
query = events.select("VALUE", "Timestamp").writeStream.format("noop").start()
