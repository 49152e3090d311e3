# expect: SPK010
# spark: raises
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.createOrReplaceTempView("orders")
payments.createOrReplaceTempView("payments")
joined = spark.sql("WITH j AS (SELECT o.id, p.paid_at FROM orders o LEFT JOIN payments p ON o.id = p.order_id) SELECT * FROM j")
query = joined.writeStream.outputMode("update").format("console").start()
