# expect: none
# spark: runs
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("events")
spark.range(0, 10).withColumnRenamed("id", "bucket").createOrReplaceTempView("buckets")
# a stream filtered in a subquery, joined with a static table: an inner stream-static join
joined = spark.sql(
    "SELECT e.value, b.bucket FROM (SELECT value, value % 10 AS k FROM events WHERE value >= 0) e "
    "JOIN buckets b ON e.k = b.bucket"
)
query = joined.writeStream.format("console").start()
