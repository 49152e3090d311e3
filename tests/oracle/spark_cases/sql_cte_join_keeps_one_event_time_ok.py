# expect: none
# spark: runs
# wait: 12
# the first join in a common table expression keeps one event-time column for the second
from pyspark.sql.functions import col

def stream(name, key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time)).withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)

stream("orders", "id", "ts")
stream("payments", "order_id", "paid_at")
stream("shipments", "ship_id", "shipped_at")
joined = spark.sql("""
    WITH paid AS (
        SELECT o.id, o.ts FROM orders o
        JOIN payments p ON o.id = p.order_id AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 5 SECONDS
    )
    SELECT paid.id, s.shipped_at FROM paid
    JOIN shipments s ON paid.id = s.ship_id AND s.shipped_at BETWEEN paid.ts AND paid.ts + INTERVAL 10 SECONDS
""")
query = joined.writeStream.format("console").start()
