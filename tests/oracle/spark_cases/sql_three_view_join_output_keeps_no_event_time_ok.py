# expect: none
# spark: runs
# wait: 12
# the select list and the later condition read one event-time column of the first join (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

stream("orders", "id", "ts"); stream("payments", "order_id", "paid_at"); stream("ships", "ship_id", "shipped_at")
j = spark.sql("SELECT o.id FROM orders o JOIN payments p ON o.id = p.order_id AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 5 SECONDS JOIN ships s ON o.id = s.ship_id AND s.shipped_at BETWEEN o.ts AND o.ts + INTERVAL 10 SECONDS")
query = j.writeStream.format("console").start()
