# expect: SPK025
# spark: runs
# observe: join_state_grows
# A comparison with a constant bounds no event time: the state is never purged.
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.withWatermark("ts", "1 second").createOrReplaceTempView("orders")
payments.withWatermark("paid_at", "1 second").createOrReplaceTempView("payments")
joined = spark.sql("SELECT o.id, p.paid_at FROM orders o JOIN payments p ON o.id = p.order_id + 1000000 AND o.id < 100000000")
query = joined.writeStream.format("console").start()
