# expect: SPK029
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
# an aggregation over an aggregation, the inner one written as a subquery in FROM
counts = spark.sql("SELECT max(n) AS top FROM (SELECT value % 10 AS k, count(*) AS n FROM events GROUP BY value % 10) per_key")
query = counts.writeStream.outputMode("complete").format("console").start()
