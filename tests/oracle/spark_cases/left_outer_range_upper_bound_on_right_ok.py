# expect: none
# spark: runs
from pyspark.sql.functions import col, expr
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
            .withWatermark("paid_at", "10 seconds"))
in_time = payments.paid_at <= orders.timestamp + expr("INTERVAL 1 MINUTE")
joined = orders.join(payments, (orders.value == payments.order_id) & in_time, "left_outer")
query = joined.writeStream.format("console").start()
