# expect: SPK025
# spark: runs
# observe: a_join_state_grows
# wait: 12
# the second stream has no watermark: one event-time column reaches the next join (which runs); the first join's
# orders side is never purged
from pyspark.sql.functions import col, expr, window

def rate(key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    return frame.select(col("value").alias(key), col("timestamp").alias(time))

o = rate("id", "ts").withWatermark("ts", "2 seconds"); p = rate("order_id", "paid_at"); s = rate("ship_id", "shipped_at").withWatermark("shipped_at", "2 seconds")
op = o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS"))
joined = op.join(s, expr("id = ship_id AND shipped_at BETWEEN ts AND ts + INTERVAL 10 SECONDS"))
query = joined.writeStream.format("console").start()
