# expect: none
# spark: runs
# wait: 12
# Spark drops the columns nothing reads: the second join reads one event-time column (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

o = stream("orders", "id", "ts"); p = stream("payments", "order_id", "paid_at"); s = stream("ships", "ship_id", "shipped_at")
op = o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS"))
j = op.join(s, expr("id = ship_id AND shipped_at BETWEEN ts AND ts + INTERVAL 10 SECONDS")).select("id")
query = j.writeStream.format("console").start()
