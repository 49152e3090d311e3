# expect: none
# spark: runs
events = spark.readStream.format("rate").load()
events.createOrReplaceTempView("events")
keys = spark.sql("SELECT DISTINCT value % 3 AS k FROM events")
query = keys.writeStream.outputMode("complete").format("console").start()
