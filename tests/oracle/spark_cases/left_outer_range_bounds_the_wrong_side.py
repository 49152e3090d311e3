# expect: SPK010
# spark: raises
from pyspark.sql.functions import col
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
            .withWatermark("paid_at", "10 seconds"))
paid_later = orders.join(payments, (orders.value == payments.order_id) & (payments.paid_at >= orders.timestamp), "left_outer")
query = paid_later.writeStream.format("console").start()
