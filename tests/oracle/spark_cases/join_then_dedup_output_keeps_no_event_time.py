# expect: SPK023
# spark: runs
# observe: dedup_state_grows
# wait: 12
# the event-time columns are dropped before Spark plans the deduplication, which keeps every id (review s15)
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
query = op.dropDuplicates(["id"]).select("id").writeStream.format("console").start()
