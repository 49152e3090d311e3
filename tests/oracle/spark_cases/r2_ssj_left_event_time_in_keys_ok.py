# expect: SPK043
# spark: raises
from pyspark.sql.functions import *
orders = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .select(col("value").alias("order_id"), col("timestamp").alias("order_time"),
                  (col("value") % 4).alias("customer_id")))
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("pay_order_id"), col("timestamp").alias("paid_at"),
                    (col("value") * 2.0).alias("paid")))

from pyspark.sql.functions import window
o = orders.withWatermark("order_time", "10 seconds").withColumn("w", window("order_time", "10 seconds"))
p = payments.withWatermark("paid_at", "10 seconds").withColumn("w", window("paid_at", "10 seconds"))
j = o.join(p, (o.order_id == p.pay_order_id) & (o.w == p.w), "left_outer")
q = j.writeStream.format("console").start()
