# expect: SPK022
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
spark.conf.set("spark.sql.streaming.unsupportedOperationCheck", "false")
events = spark.readStream.format("rate").load()
query = events.groupBy("value").count().limit(3).writeStream.outputMode("update").format("console").start()
