# expect: SPK010
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("a")
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("b")
joined = spark.sql(
    "WITH x AS (SELECT value, timestamp FROM a WHERE value > 0), y AS (SELECT value AS v FROM b) "
    "SELECT * FROM x FULL OUTER JOIN y ON x.value = y.v"
)
query = joined.writeStream.format("console").start()
