# expect: SPK010
# spark: raises
from pyspark.sql.functions import *
orders = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .select(col("value").alias("order_id"), col("timestamp").alias("order_time"),
                  (col("value") % 4).alias("customer_id")))
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("pay_order_id"), col("timestamp").alias("paid_at"),
                    (col("value") * 2.0).alias("paid")))

o = orders.withWatermark("order_time", "10 seconds")
p = payments.withWatermark("paid_at", "10 seconds")
j = o.join(p, expr("order_id = pay_order_id AND paid_at BETWEEN order_time AND order_time + interval 30 seconds"), "cross")
q = j.writeStream.format("console").start()
