# expect: none
# spark: runs
# observe: join_state_purged
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.withWatermark("ts", "1 second").createOrReplaceTempView("orders")
payments.withWatermark("paid_at", "1 second").createOrReplaceTempView("payments")
# both sides read through common table expressions keep their watermarks
joined = spark.sql("""
    WITH o AS (SELECT id, ts FROM orders WHERE id >= 0),
         p AS (SELECT order_id, paid_at FROM payments)
    SELECT o.id, p.paid_at FROM o JOIN p
      ON o.id = p.order_id AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 2 SECONDS
""")
query = joined.writeStream.format("console").start()
