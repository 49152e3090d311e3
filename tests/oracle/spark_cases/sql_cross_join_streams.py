# expect: SPK010
# spark: raises
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.createOrReplaceTempView("orders")
payments.createOrReplaceTempView("payments")
joined = spark.sql("SELECT o.id, p.paid_at FROM orders o CROSS JOIN payments p")
query = joined.writeStream.format("console").start()
