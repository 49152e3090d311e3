# expect: SPK002
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.withWatermark("timestamp", "2 seconds").createOrReplaceTempView("ev")
counts = spark.sql("SELECT value % 3 AS k, count(*) AS n FROM ev GROUP BY 1")
query = counts.writeStream.format("console").start()
