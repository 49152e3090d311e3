# expect: none
# spark: runs
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
            .withWatermark("paid_at", "10 seconds"))
paid = (orders.join(payments, orders.value == payments.order_id)
        .where("paid_at BETWEEN timestamp AND timestamp + INTERVAL 1 MINUTE"))
query = paid.writeStream.format("console").start()
