# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
spark.conf.set("spark.sql.streaming.unsupportedOperationCheck", "false")
events = spark.readStream.format("rate").load()
query = events.orderBy("value").writeStream.format("console").start()
