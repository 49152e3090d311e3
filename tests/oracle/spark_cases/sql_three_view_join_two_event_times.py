# expect: SPK043
# spark: raises
# wait: 12
# the first join's output keeps both event-time columns: the second join fails at the first batch
from pyspark.sql.functions import col

def stream(name, key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time)).withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)

stream("orders", "id", "ts")
stream("payments", "order_id", "paid_at")
stream("shipments", "ship_id", "shipped_at")
# each join of the chain bounds the other input's time by the orders' time
joined = spark.sql(
    "SELECT o.id, p.paid_at, s.shipped_at FROM orders o "
    "JOIN payments p ON o.id = p.order_id AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 5 SECONDS "
    "JOIN shipments s ON o.id = s.ship_id AND s.shipped_at BETWEEN o.ts AND o.ts + INTERVAL 10 SECONDS"
)
query = joined.writeStream.format("console").start()
