# expect: none
# spark: runs
# wait: 12
# a time window over one of the join's event-time columns runs
from pyspark.sql.functions import col, expr, window

def rate(key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    return frame.select(col("value").alias(key), col("timestamp").alias(time))

o = rate("id", "ts").withWatermark("ts", "2 seconds"); p = rate("order_id", "paid_at").withWatermark("paid_at", "2 seconds")
op = o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS"))
query = op.groupBy(window("ts", "10 seconds")).count().writeStream.format("console").start()
