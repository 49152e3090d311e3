# expect: SPK043
# spark: raises
# wait: 12
# ranges in WHERE; the second join still reads two event-time columns
from pyspark.sql.functions import col

def stream(name, key, time):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time)).withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)

stream("orders", "id", "ts")
stream("payments", "order_id", "paid_at")
stream("shipments", "ship_id", "shipped_at")
# the time ranges stand in WHERE: Spark pushes each into the join whose inputs it compares
joined = spark.sql(
    "SELECT o.id, p.paid_at, s.shipped_at FROM orders o "
    "JOIN payments p ON o.id = p.order_id JOIN shipments s ON o.id = s.ship_id "
    "WHERE p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 5 SECONDS AND s.shipped_at BETWEEN o.ts AND o.ts + INTERVAL 10 SECONDS"
)
query = joined.writeStream.format("console").start()
