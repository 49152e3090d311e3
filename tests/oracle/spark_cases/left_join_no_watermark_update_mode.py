# expect: SPK010
# spark: raises
# Spark checks the output mode before the join's watermarks
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
joined = orders.join(payments, orders.id == payments.order_id, "left_outer")
query = joined.writeStream.outputMode("update").format("console").start()
