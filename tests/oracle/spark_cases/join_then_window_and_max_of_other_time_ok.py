# expect: none
# spark: runs
# wait: 12
# the other input's time only inside an aggregate function: not a key
from pyspark.sql.functions import col, expr, window, max as max_
def rate(key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    return frame.select(col("value").alias(key), col("timestamp").alias(time))
o = rate("id", "ts").withWatermark("ts", "2 seconds"); p = rate("order_id", "paid_at").withWatermark("paid_at", "2 seconds")
op = o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS"))
counts = op.groupBy(window("ts", "5 seconds")).agg(max_("paid_at").alias("last_paid"))
query = counts.writeStream.outputMode("append").format("console").start()
