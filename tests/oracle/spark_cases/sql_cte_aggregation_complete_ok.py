# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
# the aggregation reads a common table expression that filters the stream
counts = spark.sql("WITH even AS (SELECT value FROM events WHERE value % 2 = 0) SELECT value % 10 AS k, count(*) AS n FROM even GROUP BY value % 10")
query = counts.writeStream.outputMode("complete").format("console").start()
