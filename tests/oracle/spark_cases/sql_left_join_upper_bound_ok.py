# expect: none
# spark: runs
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders = orders.withWatermark("ts", "1 second")
payments = payments.withWatermark("paid_at", "1 second")
orders.createOrReplaceTempView("orders")
payments.createOrReplaceTempView("payments")
joined = spark.sql(
    "SELECT o.id, p.paid_at FROM orders AS o LEFT OUTER JOIN payments AS p "
    "ON o.id = p.order_id AND p.paid_at <= o.ts + INTERVAL 10 SECONDS"
)
query = joined.writeStream.format("console").start()
