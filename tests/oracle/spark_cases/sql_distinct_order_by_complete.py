# expect: SPK007
# spark: raises
events = spark.readStream.format("rate").load()
events.createOrReplaceTempView("events")
keys = spark.sql("SELECT DISTINCT value % 3 AS k FROM events ORDER BY k")
query = keys.writeStream.outputMode("complete").format("console").start()
