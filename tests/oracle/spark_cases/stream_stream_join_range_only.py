# expect: SPK010
# spark: raises
from pyspark.sql import functions as F

orders = (
    spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .select(F.col("value").alias("id"), F.col("timestamp").alias("event_time"))
    .withWatermark("event_time", "30 seconds")
)
payments = (
    spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .select(F.col("value").alias("order_id"), F.col("timestamp").alias("paid_at"))
    .withWatermark("paid_at", "30 seconds")
)
near = orders.join(
    payments,
    (payments.paid_at >= orders.event_time) & (payments.paid_at <= orders.event_time + F.expr("INTERVAL 1 MINUTE")),
)
query = near.writeStream.format("console").start()
