# expect: none
# spark: runs
from pyspark.sql.functions import *
orders = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .select(col("value").alias("order_id"), col("timestamp").alias("order_time"),
                  (col("value") % 4).alias("customer_id")))
payments = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
            .select(col("value").alias("pay_order_id"), col("timestamp").alias("paid_at"),
                    (col("value") * 2.0).alias("paid")))

dim = spark.createDataFrame([(i, f"c{i}") for i in range(4)], "customer_id long, name string")
o = orders.withWatermark("order_time", "10 seconds").withColumn("w", window("order_time", "10 seconds"))
q = o.join(dim, "customer_id").writeStream.format("console").start()
