# expect: none
# spark: runs
# wait: 12
# a stream-static join adds no event-time column
from pyspark.sql.functions import col, expr, window

def rate(key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    return frame.select(col("value").alias(key), col("timestamp").alias(time))

o = rate("id", "ts").withWatermark("ts", "2 seconds"); s = rate("ship_id", "shipped_at").withWatermark("shipped_at", "2 seconds")
dims = spark.range(0, 100).withColumnRenamed("id", "dim")
od = o.join(dims, o.id == dims.dim)
joined = od.join(s, expr("id = ship_id AND shipped_at BETWEEN ts AND ts + INTERVAL 10 SECONDS"))
query = joined.writeStream.format("console").start()
