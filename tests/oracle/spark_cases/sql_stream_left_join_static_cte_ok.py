# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
spark.range(0, 100).withColumnRenamed("id", "value").createOrReplaceTempView("dims")
# a stream on the left of a left outer join with a static table: supported, no watermark needed
joined = spark.sql(
    "WITH d AS (SELECT value FROM dims WHERE value < 50) "
    "SELECT e.value, e.timestamp FROM events e LEFT JOIN d ON e.value = d.value"
)
query = joined.writeStream.format("console").start()
