# expect: SPK001
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
counts = spark.sql("WITH even AS (SELECT value FROM events WHERE value % 2 = 0) SELECT value % 10 AS k, count(*) AS n FROM even GROUP BY value % 10")
query = counts.writeStream.outputMode("append").format("console").start()
