# expect: none
# spark: runs
# observe: join_state_purged
# No ON: the join condition is in WHERE, which Spark reads as the inner join's condition.
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.withWatermark("ts", "1 second").createOrReplaceTempView("orders")
payments.withWatermark("paid_at", "1 second").createOrReplaceTempView("payments")
joined = spark.sql(
    "SELECT o.id, p.paid_at FROM orders o JOIN payments p "
    "WHERE o.id = p.order_id AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 2 SECONDS"
)
query = joined.writeStream.format("console").start()
