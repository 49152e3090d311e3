# expect: none
# spark: runs
from pyspark.sql.functions import *
orders = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .select(col("value").alias("order_id"), col("timestamp").alias("order_time"),
                  (col("value") % 4).alias("customer_id")))
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("pay_order_id"), col("timestamp").alias("paid_at"),
                    (col("value") * 2.0).alias("paid")))

o = orders.withWatermark("order_time", "10 seconds").select("order_id", window("order_time", "10 seconds").alias("w"))
p = payments.withWatermark("paid_at", "10 seconds").select("pay_order_id", "paid", window("paid_at", "10 seconds").alias("w"))
j = o.join(p, (o.order_id == p.pay_order_id) & (o.w == p.w), "left_outer")
q = j.writeStream.format("console").start()
