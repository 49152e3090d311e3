# expect: SPK043
# spark: raises
# wait: 12
# a join of two watermarked streams keeps both event-time columns; the next join fails
from pyspark.sql.functions import col, expr, window

def rate(key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    return frame.select(col("value").alias(key), col("timestamp").alias(time))

o = rate("id", "ts").withWatermark("ts", "2 seconds"); p = rate("order_id", "paid_at").withWatermark("paid_at", "2 seconds"); s = rate("ship_id", "shipped_at").withWatermark("shipped_at", "2 seconds")
op = o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS"))
joined = op.join(s, expr("id = ship_id AND shipped_at BETWEEN ts AND ts + INTERVAL 10 SECONDS"))
query = joined.writeStream.format("console").start()
